"""The `lagebild_actors` component: entity mentions and role phrases linked to KB actors.

Reads the Doc's tokens (and the NER's `doc.ents`, tags and parse, if a model ran), writes
`span._.actor` on the entity spans and `doc.spans[ACTOR_REF_SPANS]` for role nouns and pronouns
(`actor_coref`). Roles and codes follow `doc._.article_date`. KB names are matched on the tokens
(`actor_matching`), so names the NER misses are added to `doc.ents`; capitals become governments
only where the text uses them so (`actor_capitals`), and "der Westen" is an actor only where it is
no direction (`actor_regions`); people the KB lacks but the text introduces with a role become
document actors (no kb_id, the role's country and code), and so do those whose title a country
adjective owns ("der pakistanische Sicherheitsberater Moeed Yusuf"). One-word NER persons the KB does
not know that are places ("Kuźnica") or abstract nouns ("Waffenlieferungen") are corrected, not made
people.

Overlaps with existing entities (see `_merge_into_ents`): our span replaces an overlapping upstream
span unless another stage annotated it, and the KB's type sets the label (NER sometimes tags
"Moskau" PER); a longer upstream ORG name around a place name ("Washington Post") is kept instead.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from lagebild.events.count_words import COUNTS
from lagebild.geo import load_gazetteer
from lagebild.kb.curated import FAMILY_NAME_FIRST
from lagebild.kb.store import load_kb
from lagebild.pipeline.actor_capitals import CapitalReader, seat_sector
from lagebild.pipeline.actor_conflict_regions import conflict_region_places
from lagebild.pipeline.actor_coref import resolve_references
from lagebild.pipeline.actor_ethnic_groups_en import place_ethnic_groups
from lagebild.pipeline.actor_europe import EU_ID, europe_spans
from lagebild.pipeline.actor_federal import federal_owner
from lagebild.pipeline.actor_holders import TitledNationals, place_unowned_holders, title_gender
from lagebild.pipeline.actor_home_state import remember_home_state
from lagebild.pipeline.actor_lexicon import (
    AGENT_PREFIXES_DE,
    DETERMINERS_DE,
    IMPLICIT_PREFIXES_DE,
    PHRASE_BREAKS_EN,
    PLACE_NOUNS_EN,
    POSSESSIVES_DE,
    RANK_WORDS_EN,
    ROLE_NOUNS_EN,
    ROLE_PREFIXES_DE,
    ROLE_SECTORS,
    STATE,
    RoleWord,
    agent_sector_de,
    agent_sector_en,
    institution_sector_de,
    parse_role_de,
    posted_to_igo,
)
from lagebild.pipeline.actor_matching import (
    CAPITAL,
    DEMONYM,
    DEMONYM_PERSON,
    GENERIC,
    NAME,
    AliasIndex,
    AliasMatch,
    alias_index,
)
from lagebild.pipeline.actor_regions import region_is_actor, western_group_end
from lagebild.pipeline.actor_surnames import (
    full_name_surname,
    inside_other_name,
    other_person_named_before,
    read_as_name,
)
from lagebild.pipeline.actor_titled_names_en import past_article_surname
from lagebild.pipeline.actor_towns import town_places
from lagebild.pipeline.actor_trailing_roles import trailing_role_people
from lagebild.pipeline.actor_us_parties import is_us_party_noun, us_parties_named
from lagebild.pipeline.annotations import ActorRef
from lagebild.pipeline.word_classes import LOCATIVE_PREPOSITIONS_DE, NAME_DEPS, PERSON_LABELS

LABELS = {"person": "PER", "state": "LOC", "government": "ORG", "IGO": "ORG"}
# "South China Sea", "Schwarzes Meer": a country name inside a sea's name.
WATER_NOUNS = {"Sea", "Meer", "Ocean", "Ozean", "Gulf", "Golf", "Strait"}
SINGULAR_MASCULINE = {"der", "dem", "des", "Der"}
NAME_PARTICLES = {"von", "der", "de", "van", "bin", "al"}
# Endings of plural abstract nouns ("Waffenlieferungen", "Sicherheiten"): never a person's name.
ABSTRACT_PLURAL_ENDINGS = ("ungen", "heiten", "keiten", "schaften", "tionen", "itäten", "nisse")
# A state's missions as buildings: visited or stood at, they are places.
MISSION_BUILDINGS = {"Botschaft", "Konsulat", "Generalkonsulat", "Botschaftsgebäude"}
PLACE_PREPOSITIONS_DE = {"in", "In", "vor", "Vor", "zur", "zum", "nahe", "neben", "im", "ins"}
VISIT_VERBS = {"besuchen", "aufsuchen", "betreten", "verlassen", "stürmen", "umstellen", "blockieren"}
# What "<institution> in ..." places an institution in: a capital (its government), a state, an IGO.
SEAT_TYPES = {"state", "government", "IGO"}
# Prefixes of closed compounds that name a state ("Kremlführung", "Bundespolizei": Germany by default).
CLOSED_PREFIXES = ("Kreml", "Bundes")
# "Bundesstaat", "Bundesland": a federated state of any country ("im Bundesstaat Tripura"), never Germany.
FEDERATED_UNIT_HEADS = {"Staat", "Staates", "Staaten", "Land", "Landes", "Länder", "Ländern"}
LIST_WORDS = {",", "und", "sowie", "oder"}
# KB organisations whose name before a hyphen stands for the group: "Hamas-Führung", "Taliban-Regierung".
GROUP_TYPES = {"armed group", "military", "intelligence"}
# Offices at an IGO that a member state fills with its own envoy or minister ("UN-Botschafterin
# Thomas-Greenfield" speaks for the USA).
MEMBER_STATE_OFFICES = {"ambassador", "foreign minister"}
# Who acts for such a group besides the agent nouns and roles: "Hamas-Kämpfer", "Hisbollah-Miliz".
GROUP_MEMBER_NOUNS = {"Kämpfer", "Kämpfern", "Miliz", "Milizen", "Milizionäre", "Anführer", "Spitze", "Rebellen",
                      "Kommandeur", "Kommandeure", "Kommandant", "Kommandanten", "Terroristen", "Extremisten", "Islamisten"}  # fmt: skip
NOT_NAMES = {"Der", "Die", "Das", "Ein", "Eine", "Am", "Im", "In", "Auch", "Nach", "Zum", "Bei", "Mit"}
# Bodies German news names by their head ("die Regierung Moon", "der Junta Tiani"), and the KB roles
# of such a head.
HEADED_BODIES_DE = {"Regierung", "Junta", "Militärjunta", "Übergangsregierung"}
HEAD_ROLES = ("president", "prime minister", "chancellor", "head of the junta")


@dataclass
class Mention:
    span: Span
    actor: ActorRef
    gender: str | None = None
    # a place name standing for an actor (state, capital): a longer upstream name containing it
    # ("Washington Post", "Rapid Wien") is another entity and wins
    place_name: bool = False


class ActorResolver:
    def __init__(self, doc: Doc):
        self.doc = doc
        self.lang = doc._.language or doc.lang_
        self.date = doc._.article_date
        self.kb = load_kb()
        self.index: AliasIndex = alias_index("de" if self.lang == "de" else "en")
        self.mentions: list[Mention] = []
        self.document_actors: dict[str, Mention] = {}
        # surname -> the first mention by full name of a KB person not matched by the surname alone
        self.full_names: dict[str, Mention] = {}
        self.capitals = CapitalReader(doc)
        self._matches: list[AliasMatch] = []
        self._matched: set[int] = set()

    # -- main -----------------------------------------------------------------------------------
    def run(self) -> None:
        matches = self._matches = self.index.match(self.doc)
        self._matched = {i for m in matches for i in range(m.start, m.end)}
        self.capitals.kb_named = self._matched
        named = {a for m in matches if m.kind not in {GENERIC, CAPITAL} for a in m.actor_ids}
        named |= us_parties_named(matches, self.kb)
        taken: set[int] = set()
        english = self.lang != "de"
        # "US forces", "U.S. officials": in English a state's name is also its adjective, so the
        # agent phrase around it comes before the name alone
        for mention in self._agent_phrases_en(matches) if english else self._genitive_institutions(matches):
            self._add(mention, taken)
        for match in matches:
            mention = self._named_in_full_before(match) or self._resolve_match(match, named)
            if mention and self._add(mention, taken):
                self._note_full_name(mention)
        for start, end in [] if english else europe_spans(self.doc, taken):
            self._add(self._europe(start, end), taken)
        for mention in self._seated_institutions(taken):
            self._add(mention, taken)
        for mention in self._role_appositions(taken):
            self._add(mention, taken)
        for mention in [] if english else trailing_role_people(self, taken):
            self._add(mention, taken)
        for mention in [] if english else self._agent_phrases(taken):
            self._add(mention, taken)
        # "President Obama", "Präsident Moon", "die Regierung Moon": a bare family name after a title
        for mention in self._titled_surnames(taken):
            self._add(mention, taken)
        for mention in self._adjective_mentions(taken) if english else []:
            self._add(mention, taken)
        for mention in self._document_surnames(taken):
            self._add(mention, taken)
        if english:
            place_ethnic_groups(self.mentions, {state["country"] for state in self.kb.states})
        self._merge_into_ents()
        places = self._capital_places()
        if self.lang == "de":
            # whose "der Kanzler" and "die Grünen": the state the article's actors and places point to
            remember_home_state(self.doc, [*self.mentions, *places], self.index.adjectives)
            place_unowned_holders(self.doc, self.mentions, places, self.index)
        resolve_references(
            self.doc, self.mentions, self.kb, self.index, self.date, self.lang, places, self._matches
        )

    def _capital_places(self) -> list[Mention]:
        """Capitals and towns read as places ("In Tiflis hat die Polizei ...", "in Toronto"), with
        their state: they tell whose institutions a text means without naming the state."""
        # from the capital reader, not doc.ents: the model's NER misses rarer capitals ("Jerewan")
        taken = {i for m in self.mentions for i in range(m.span.start, m.span.end)}
        places = []
        for (start, end), government in sorted(self.capitals.place_governments.items()):
            if taken.isdisjoint(range(start, end)):
                country = self.kb.actors[government]["country"]
                places.append(self._place(start, end, country))
            taken |= set(range(start, end))
        if self.lang == "de":
            places += [
                self._place(start, end, country) for start, end, country in town_places(self.doc, taken)
            ]
            taken |= {i for place in places for i in range(place.span.start, place.span.end)}
            places += [
                self._place(start, end, country)
                for start, end, country in conflict_region_places(self.doc, taken)
            ]
        return places

    def _europe(self, start: int, end: int) -> Mention:
        """'Europa' or 'die Europäer' as the EU (`actor_europe`)."""
        return Mention(
            Span(self.doc, start, end, label="ORG"), self.kb.actor_ref(EU_ID, self.date, self.lang)
        )

    def _place(self, start: int, end: int, country: str) -> Mention:
        span = Span(self.doc, start, end, label="LOC")
        return Mention(span, ActorRef(name=span.text, country=country), place_name=True)

    def _add(self, mention: Mention, taken: set[int]) -> bool:
        positions = set(range(mention.span.start, mention.span.end))
        if positions & taken:
            return False
        taken |= positions
        self.mentions.append(mention)
        return True

    # -- KB matches -----------------------------------------------------------------------------
    def _resolve_match(self, match: AliasMatch, named: set[str]) -> Mention | None:
        doc = self.doc
        before = doc[match.start - 1].text if match.start else ""
        actor_ids = match.actor_ids
        if match.kind == GENERIC:
            # "die Allianz" is NATO only after a determiner and when the document names NATO.
            counted = before.isdigit() and match.start > 1 and doc[match.start - 2].text in DETERMINERS_DE
            bare = before not in DETERMINERS_DE and not before.endswith(("e", "en")) and not counted
            if bare and not is_us_party_noun(match):
                return None
            actor_ids = self._generic_referent(match, tuple(a for a in actor_ids if a in named))
            if not actor_ids:
                return None
        if match.end < len(doc) and doc[match.end].text in WATER_NOUNS:
            return None
        if match.kind == DEMONYM_PERSON:
            return None  # "der Norweger": a person reference, resolved by actor_coref
        if match.kind == DEMONYM and (
            doc[match.start].text[0].islower()
            or (before in SINGULAR_MASCULINE and not self._genitive_plural(match, before))
        ):
            return None  # "der Norweger" is a person (actor_coref), "die Norweger" the people
        if match.kind == CAPITAL:
            actor_ids = self.capitals.government(match)
            if not actor_ids:
                return None
        if self.kb.actors[actor_ids[0]]["type"] == "region" and not region_is_actor(doc, match):
            return None  # "im Westen der Ukraine": a direction or part of a country
        actor_id = self._choose(actor_ids)
        is_person = self.kb.actors[actor_id]["type"] == "person"
        known = self.kb.actors[actor_id]
        if is_person and inside_other_name(doc, match, known, self._matched, self._is_role):
            return None
        if is_person and self._other_person_first(match, known):
            return None
        if is_person and self._other_states_office(match.start, known):
            return None
        role_word = self._role_before(match.start) if is_person else None
        actor = self.kb.actor_ref(actor_id, self.date, self.lang, role=role_word.role if role_word else None)
        if is_person and actor.country is None:
            actor = replace(actor, country=self._person_country(actor_id))
        if role_word is not None:
            actor = self._igo_office(actor, role_word)
        span = Span(doc, match.start, match.end, label=self._label(actor_id))
        place_name = match.kind == CAPITAL or self.kb.actors[actor_id]["type"] == "state"
        return Mention(span, actor, self.kb.actors[actor_id].get("gender"), place_name)

    def _igo_office(self, actor: ActorRef, role_word: RoleWord) -> ActorRef:
        """'UNO-Generalsekretär Ban Ki Moon', 'Nato-Generalsekretär Stoltenberg': the title names the
        IGO the person speaks for, whatever state the KB gives them (undated text may pick a national
        office held before). Not the states' own people there: "UN-Botschafterin", "EU-Außenminister"."""
        owner = role_word.owner
        if role_word.role in MEMBER_STATE_OFFICES:
            return actor
        igo = self.kb.actors.get(owner) if owner and owner.startswith("igo:") else None
        if igo is None or not igo.get("code") or (actor.actor_code or "").startswith(igo["code"]):
            return actor
        return replace(actor, country=None, actor_code=igo["code"])

    def _other_person_first(self, match: AliasMatch, known: dict) -> bool:
        """A bare surname after someone else's full name with it, unless the article also named the
        KB person in full (a match of several tokens) before."""
        named_in_full = any(
            m.start < match.start and m.end - m.start > 1 and set(m.actor_ids) & set(match.actor_ids)
            for m in self._matches
        )
        return not named_in_full and other_person_named_before(
            self.doc, match, known, self._matched, self._is_role
        )

    def _note_full_name(self, mention: Mention) -> None:
        person = self.kb.actors.get(mention.actor.kb_id or "", {})
        surname = full_name_surname(mention.span, person) if person.get("type") == "person" else None
        if surname:
            self.full_names.setdefault(surname, mention)

    def _named_in_full_before(self, match: AliasMatch) -> Mention | None:
        """'Lee Jong-sup ... Lee sagte': a surname the KB gives another person ("Lee" is Lee Jae-myung)
        is the person the article named in full before."""
        if match.end - match.start != 1 or match.kind != NAME:
            return None
        first = self._full_name_before(match.start)
        if first is None or first.actor.kb_id in match.actor_ids:
            return None
        if any(self.kb.actors[a]["type"] != "person" for a in match.actor_ids):
            return None
        return Mention(Span(self.doc, match.start, match.end, label="PER"), first.actor, first.gender)

    def _full_name_before(self, i: int) -> Mention | None:
        """The person named in full before token i whose surname it is, with the genitive -s."""
        first = _by_surname(self.full_names, self.doc[i].text)
        return first if first and i >= first.span.end else None

    def _is_role(self, word: str) -> bool:
        return self._parse_role(word) is not None

    def _generic_referent(self, match: AliasMatch, named: tuple[str, ...]) -> tuple[str, ...]:
        """Which named organisation a generic noun means where it could be several ("die Staats- und
        Regierungschefs"): the one a genitive right after names ("... der G7"), else the one named
        last before it, else the first named after it."""
        if len(named) < 2:
            return named
        genitive = next((m for m in self._matches if m.start == match.end + 1), None)
        if genitive and self.doc[match.end].text in {"der", "des"}:
            after = [a for a in genitive.actor_ids if a in named]
            if after:
                return (after[0],)
        positions = {
            a: [m.start for m in self._matches if a in m.actor_ids and m.kind == NAME] for a in named
        }
        earlier = {a: max((p for p in ps if p < match.start), default=-1) for a, ps in positions.items()}
        if max(earlier.values()) >= 0:
            return (max(earlier, key=earlier.get),)
        return (min(named, key=lambda a: min(positions[a], default=len(self.doc))),)

    def _person_country(self, actor_id: str) -> str | None:
        """A person the sources list without a country ("Boris Yeltsin": only his presidency's
        RUSGOV): the one state all their roles and codes belong to."""
        actor = self.kb.actors[actor_id]
        codes = [r[1] for r in actor.get("roles", [])] + [c[0] for c in actor.get("codes", [])]
        states = {state["country"] for state in self.kb.states}
        countries = {c[:3] for c in codes if c and c[:3] in states}
        return countries.pop() if len(countries) == 1 else None

    def _genitive_plural(self, match: AliasMatch, before: str) -> bool:
        """'die Haltung der Franzosen': after "der", a plural unlike the singular ("der Franzose") is
        the genitive plural, the people; "der Norweger" (plural = singular) stays a person."""
        demonyms = self.kb.actors[match.actor_ids[0]].get("demonyms_de") or [None, None]
        return before == "der" and self.doc[match.start : match.end].text != demonyms[1]

    def _choose(self, actor_ids: tuple[str, ...]) -> str:
        """Several KB actors share the alias: prefer curated people, then one in office at the date."""

        def rank(actor_id: str) -> tuple:
            actor = self.kb.actors[actor_id]
            in_office = (
                self.kb.role_at(actor, self.date)[0] is not None if actor["type"] == "person" else False
            )
            return (not actor.get("curated"), not in_office, actor_id)

        return min(actor_ids, key=rank)

    def _label(self, actor_id: str) -> str:
        return LABELS.get(self.kb.actors[actor_id]["type"], "ORG")

    def _genitive_institutions(self, matches: list[AliasMatch]) -> list[Mention]:
        """'Taiwans Verteidigungsministerium', 'Sudans Armee', 'Pekings Außenministerium': a state's
        or capital's genitive before an institution noun is that state's institution, one actor
        (roles after the genitive, "Irans Außenminister", are read as roles)."""
        doc = self.doc
        mentions = []
        for match in matches:
            if match.end - match.start != 1 or match.end >= len(doc):
                continue
            country = self.index.genitive_owner(doc[match.start].text, self.kb)
            noun = doc[match.end].text
            sector = institution_sector_de(noun) if country else None
            if not sector or parse_role_de(noun) or self._building_as_place(match.start, match.end):
                continue
            span = Span(doc, match.start, match.end + 1, label="ORG")
            mentions.append(self._sector_mention(span, country, sector, noun))
        return mentions

    # -- institutions placed by their seat: "die Regierung in Vilnius" ---------------------------
    def _seated_institutions(self, taken: set[int]) -> list[Mention]:
        """'Die Regierung in Vilnius forderte ...', 'ein Militärgericht in Minsk', 'die Junta in Niger',
        'die Armee im Sudan': an institution followed by "in" and a capital (read as its government)
        or a state is that state's institution, an actor of its own beside the capital's. An adjective
        before it names another owner ("die russischen Truppen in Syrien") and is read elsewhere."""
        doc = self.doc
        mentions = []
        seats = [
            m for m in self.mentions if self.kb.actors.get(m.actor.kb_id or "", {}).get("type") in SEAT_TYPES
        ]
        listed = {m.span.start for m in seats}
        for seat in seats:
            actor, preposition, after = seat.actor, seat.span.start - 1, seat.span.end
            country = actor.country
            igo = (actor.actor_code or "").startswith("IGO")
            if preposition < 1 or doc[preposition].text not in LOCATIVE_PREPOSITIONS_DE:
                continue
            # "die Regierungen in Rom, Madrid und Lissabon": several states' institutions, no one actor
            if after + 1 < len(doc) and doc[after].text in LIST_WORDS and after + 1 in listed:
                continue
            noun = preposition - 1
            sector = seat_sector(doc[noun].text)
            if sector is None or noun in taken or (noun and doc[noun - 1].text in self.index.adjectives):
                continue
            # "Delegationen beider Regierungen in Kuala Lumpur": a counted group meets there, no
            # institution of the host
            if noun and doc[noun - 1].lower_ in COUNTS:
                continue
            start = noun - 1 if noun and doc[noun - 1].text in DETERMINERS_DE else noun
            span = Span(doc, start, noun + 1, label="ORG")
            if igo:  # "die Kommission in Brüssel": the organisation itself
                mentions.append(Mention(span, actor))
            else:
                mentions.append(self._sector_mention(span, country, sector, doc[noun].text))
        return mentions

    # -- role phrases -----------------------------------------------------------------------------
    def _role_before(self, start: int) -> RoleWord | None:
        """The role noun right before a name, skipping a comma ("Botschafter in Berlin, Sergej ...")."""
        position = self._role_position(start)
        return None if position is None else self._parse_role(self.doc[position].text)

    def _role_position(self, start: int) -> int | None:
        i = start - 1
        if i >= 0 and self.doc[i].text == ",":
            i -= 1
        for j in range(i, max(i - 4, -1), -1):
            if self._parse_role(self.doc[j].text):
                return j
            if j < i and self.doc[j].text in {".", ";", ":"}:
                break
        return None

    def _other_states_office(self, start: int, person: dict) -> bool:
        """'Malis Außenminister Abdoulaye Diop': the text gives the office to another state than the
        source's namesake (a Senegalese minister of 2003), so the name is someone the KB lacks. Only
        for source people: our curated ones hold the offices we recorded."""
        position = self._role_position(start) if not person.get("curated") else None
        if position is None:
            return False
        role = self._parse_role(self.doc[position].text)
        owner = self._role_country(position)
        explicit = (
            owner and not owner.startswith("igo:") and not (role.implicit_owner and owner == role.owner)
        )
        return bool(explicit) and owner != person.get("country")

    def _parse_role(self, word: str) -> RoleWord | None:
        if self.lang == "de":
            return parse_role_de(word)
        role = ROLE_NOUNS_EN.get(word.lower())
        return RoleWord(role, None, None, word) if role else None

    def _role_country(self, role_index: int) -> str | None:
        """The country or IGO a role belongs to: 'russische Botschafter', 'US-Präsident'."""
        role = self._parse_role(self.doc[role_index].text)
        if role and role.owner and not role.implicit_owner:
            return (self._owner_before(role_index) if posted_to_igo(role) else None) or role.owner
        country = self._owner_before(role_index)
        if country:
            return country
        if role and role.implicit_owner and self._foreign_seat_before(role_index, role.owner):
            return None
        if role and role.owner:  # Germany by default ("Bundeskanzler") unless an adjective says otherwise
            return role.owner
        # "der im US-Außenministerium zuständige Spitzenbeamte": a compound's prefix names the owner
        for k in range(role_index - 1, max(role_index - 6, -1), -1):
            text = self.doc[k].text
            owner = next(
                (o for p, o in ROLE_PREFIXES_DE.items() if o and p.endswith("-") and text.startswith(p)), None
            )
            if owner:
                return owner
        # "Die Sprecherin des russischen Außenministeriums": the adjective follows the role noun.
        for k in range(role_index + 1, min(role_index + 4, len(self.doc))):
            country = self.index.adjectives.get(self.doc[k].text)
            if country:
                return country
        return None

    def _owner_before(self, role_index: int) -> str | None:
        """The state an adjective, genitive or possessor right before a role names: 'russische
        Botschafter', 'Marokkos UN-Botschafter'."""
        reach = 2
        before = self.doc[max(role_index - reach - 1, 0) : role_index]
        if self.lang != "de" and any(t.lower_ in RANK_WORDS_EN for t in before):
            reach += 1  # the rank stands between the owner's adjective and the office
        for k in range(role_index - 1, max(role_index - 1 - reach, -1), -1):
            country = (
                self.index.adjectives.get(self.doc[k].text)
                or self._state_name_en(k)
                or self._state_genitive_de(k)
                or self._possessor_country(k)
            )
            if country:
                return country
        return None

    def _foreign_seat_before(self, role_index: int, default_owner: str) -> bool:
        """'In Bamako wies Regierungssprecher Abdoulaye Maïga ... zurück': another state or capital
        earlier in the sentence makes an office Germany's only by default someone else's (the holder
        gets the passage's state, `actor_holders`)."""
        sentence_start = self.doc[role_index].sent.start
        seats = [(m.span.start, m.actor.country) for m in self.mentions]
        seats += [
            (start, self.kb.actors[gov]["country"])
            for (start, _), gov in self.capitals.place_governments.items()
        ]
        foreign = [start for start, country in seats if country not in (None, default_owner)]
        return any(sentence_start <= start < role_index for start in foreign)

    def _state_name_en(self, k: int) -> str | None:
        """'Pakistan President ...', 'US Defence Secretary ...': English puts a state's name before a title."""
        if self.lang == "de":
            return None
        entries = self.index.entries_at(self.doc[k].text)
        ids = entries.get((self.doc[k].text,), {}).get(NAME, set())
        states = {self.kb.actors[a]["country"] for a in ids if self.kb.actors[a]["type"] == "state"}
        return states.pop() if len(states) == 1 else None

    def _state_genitive_de(self, k: int) -> str | None:
        """'Moldaus Präsidentin', 'Pekings Chefdiplomat': a state's name or capital in the genitive
        owns the role."""
        return self.index.genitive_owner(self.doc[k].text, self.kb) if self.lang == "de" else None

    def _possessor_country(self, k: int) -> str | None:
        """'sein Berater Mychajlo Podoljak' after Selenskyj, 'ihren Botschafter' after Berlin: the
        country of the nearest earlier actor the possessive agrees with, in this or the sentence before."""
        gender = POSSESSIVES_DE.get(self.doc[k].text.lower()) if self.lang == "de" else None
        if gender is None:
            return None
        sentence_start = self.doc[k].sent.start if self.doc.has_annotation("SENT_START") else 0
        previous_start = self.doc[sentence_start - 1].sent.start if sentence_start > 0 else 0
        for mention in sorted(self.mentions, key=lambda m: -m.span.start):
            if mention.span.end > k or mention.span.start < previous_start or not mention.actor.country:
                continue
            person = self.kb.actors.get(mention.actor.kb_id or "", {}).get("type") == "person"
            if person and mention.gender and mention.gender != gender:
                continue
            return mention.actor.country
        return None

    def _role_appositions(self, taken: set[int]) -> list[Mention]:
        """Unknown people introduced by a role: a document actor with the role's country."""
        mentions = []
        doc = self.doc
        for i, token in enumerate(doc):
            role = self._parse_role(token.text)
            if not role or role.plural:
                continue
            j = i + 1
            if j < len(doc) and doc[j].text == "of" and self.lang != "de":
                continue  # "Secretary of State Warren Christopher": the title goes on
            # skip "in Belgien" / "des russischen Außenministeriums" up to the comma before the name
            k = j
            while k < min(i + 6, len(doc)) and doc[k].text != "," and not self._name_start(k):
                k += 1
            comma = k < len(doc) and doc[k].text == ","
            # words between role and name only with the comma that closes them: "Kanzler in der
            # Großen Halle" and "EU-Außenminister wollen sich Mitte Dezember" name no one
            if k != j and not comma:
                continue
            start = k + 1 if comma else k
            if start != j and start - j > 5:
                continue
            end = self._name_end(start)
            if self.lang != "de":
                end = past_article_surname(doc, end)
            if end - start < 2 or any(t in taken for t in range(start, end)):
                continue
            owner = self._role_country(i)
            # "President Omar El Bashir": a full name the KB spells otherwise, known by its surname
            # among the holders of the office (English; German role words carry their owner)
            holder = None
            if owner is None and self.lang != "de":
                holder = self._office_holder(
                    Span(doc, start, end, label="PER"), doc[end - 1].text, (role.role,)
                )
            mentions.append(holder or self._document_actor(doc[start:end], role, owner))
        return mentions

    def new_name_end(self, i: int) -> int | None:
        """The end of a name of two or more words that starts at `i` and continues no name before it;
        None where none starts there."""
        if not self._name_start(i) or (i > 0 and self._is_name_token(i - 1)):
            return None
        return self._name_end(i)

    def role_word(self, word: str) -> RoleWord | None:
        """The role a word names ("Sprecher", "Verteidigungsministerin"), if any."""
        return self._parse_role(word)

    def person_with_role(self, span: Span, role_at: int) -> Mention:
        """A document actor for the unknown person `span` in the role of the word at `role_at`, owned by
        the country that role names."""
        return self._document_actor(
            span, self._parse_role(self.doc[role_at].text), self._role_country(role_at)
        )

    def _name_start(self, i: int) -> bool:
        return self._is_name_token(i) and i + 1 < len(self.doc) and self._is_name_token(i + 1)

    def _is_name_token(self, i: int) -> bool:
        text = self.doc[i].text
        return (
            text[:1].isupper()
            and text.replace("-", "").replace("'", "").isalpha()
            and text not in NOT_NAMES
            and self._parse_role(text) is None
            and text not in self.index.adjectives
        )

    def _name_end(self, start: int) -> int:
        end = start
        while end < len(self.doc) and end - start < 4:
            particle = (
                self.doc[end].text in NAME_PARTICLES
                and end + 1 < len(self.doc)
                and self._is_name_token(end + 1)
            )
            if not (self._is_name_token(end) or particle):
                break
            end += 1
        return end

    def _document_actor(self, span: Span, role: RoleWord, owner: str | None) -> Mention:
        if owner and owner.startswith("igo:"):
            igo = self.kb.actors[owner]
            country, code = None, igo["code"]
        else:
            country, code = owner, (f"{owner}{ROLE_SECTORS.get(role.role, 'GOV')}" if owner else None)
        actor = ActorRef(name=span.text, kb_id=None, country=country, actor_code=code, role=role.role)
        mention = Mention(Span(self.doc, span.start, span.end, label="PER"), actor, role.gender)
        self.document_actors[span[-1].text] = mention
        return mention

    def _document_surnames(self, taken: set[int]) -> list[Mention]:
        """Later mentions of a document actor by surname ("Tokowinin"), with the genitive -s, and of a
        KB person the article named in full before ("Khawaja Asif ... Asif")."""
        mentions = []
        for i, token in enumerate(self.doc):
            first = _by_surname(self.document_actors, token.text)
            # the full name is a look-up and mostly absent: whether the word reads as a name (a walk
            # of the doc's tags) is asked only where the answer changes the mention
            if not (first and i >= first.span.end):
                named = self._full_name_before(i)
                if (named or first) and read_as_name(self.doc, i):
                    first = named
            if first and i not in taken and i >= first.span.end:
                span = Span(self.doc, i, i + 1, label="PER")
                mentions.append(Mention(span, first.actor, first.gender))
        return mentions

    # -- German collectives: "die russische Regierung", "russische Truppen" ----------------------
    def _agent_phrases(self, taken: set[int]) -> list[Mention]:
        mentions = []
        for i, token in enumerate(self.doc):
            if i in taken:
                continue
            compound = self._compound_agent(i)
            if compound:
                mentions.append(compound)
                continue
            western = western_group_end(self.doc, i)
            if western:
                start = i - 1 if i and self.doc[i - 1].text in DETERMINERS_DE else i
                span = Span(self.doc, start, western, label="ORG")
                mentions.append(Mention(span, self.kb.actor_ref("region:west", self.date, self.lang)))
                continue
            country = self.index.adjectives.get(token.text)
            if not country or i + 1 >= len(self.doc) or i + 1 in taken:
                continue
            noun = self._shared_noun(i)
            nxt = self.doc[noun].text
            sector = institution_sector_de(nxt)
            if not sector:
                continue
            start = i - 1 if i and self.doc[i - 1].text in DETERMINERS_DE else i
            if self._building_as_place(start, noun):
                continue
            # a coordinated adjective's mention is the adjective alone: the noun is its neighbour's
            end = i + 2 if noun == i + 1 else i + 1
            mentions.append(
                self._sector_mention(Span(self.doc, start, end, label="ORG"), country, sector, nxt)
            )
        return mentions

    def _shared_noun(self, i: int) -> int:
        """The noun after the country adjective at `i`, also past the country adjectives coordinated
        with it: "amerikanische und britische Kampfflugzeuge", "litauische, lettische und polnische
        Soldaten", "die russische und die chinesische Regierung" (each state's agents act, not only
        the last one's)."""
        doc, k = self.doc, i + 1
        while k + 1 < len(doc) and doc[k].text in LIST_WORDS:
            step = 2 if doc[k + 1].text in DETERMINERS_DE else 1
            if k + step >= len(doc) or doc[k + step].text not in self.index.adjectives:
                break
            k += step + 1
        return min(k, len(doc) - 1)

    def _building_as_place(self, start: int, noun: int) -> bool:
        """'besuchte die russische Botschaft', 'vor der US-Botschaft': the mission's building is a
        place visited or stood at, not the state (a preposition of place before, or a visit verb)."""
        word = self.doc[noun].text
        if not any(word.removesuffix(ending) in MISSION_BUILDINGS for ending in ("", "e", "en", "s")):
            return False
        before = self.doc[start - 1].text if start else ""
        token = self.doc[noun]
        visited = token.dep_ in {"obj", "oa"} and token.head.lemma_ in VISIT_VERBS
        return before in PLACE_PREPOSITIONS_DE or visited

    def _compound_agent(self, i: int) -> Mention | None:
        """'US-Außenministerium', 'UN-Mission': a compound whose first part is a state's or IGO's
        short prefix and whose last part is an agent noun. A full state name before the hyphen is
        usually the topic ("Iran-Delegation" of the EU), so only the prefixes count."""
        text = self.doc[i].text
        closed = next((p for p in CLOSED_PREFIXES if text.startswith(p) and len(text) > len(p) + 3), None)
        if closed and "-" not in text:
            # "Kremlführung", "Bundespolizei": a state's prefix written together with the agent noun
            head = text[len(closed)].upper() + text[len(closed) + 1 :]
            if head in FEDERATED_UNIT_HEADS:
                return None
            sector = agent_sector_de(head)
            span = Span(self.doc, i, i + 1, label="ORG")
            owner = ROLE_PREFIXES_DE[closed]
            if closed in IMPLICIT_PREFIXES_DE:
                owner = self._named_body_state(i + 1) or federal_owner(
                    (m.actor.country for m in self.mentions), owner
                )
            return self._sector_mention(span, owner, sector, text) if sector else None
        if "-" not in text or text.startswith("-"):
            return None
        prefix, rest = text.split("-", 1)
        head = rest.rsplit("-", 1)[-1]
        owner = ROLE_PREFIXES_DE.get(prefix + "-") or AGENT_PREFIXES_DE.get(prefix + "-")
        if not owner:
            return self._group_compound(i, prefix, head)
        # "US-Handelsministerium", "EU-Grenzschutzbehörde": after a state's prefix a compound
        # institution ("-ministerium", "-behörde") is that state's too
        sector = institution_sector_de(head)
        if not sector:
            return None
        span = Span(self.doc, i, i + 1, label="ORG")
        if owner.startswith("igo:"):
            return Mention(span, self.kb.actor_ref(owner, self.date, self.lang))
        return self._sector_mention(span, owner, sector, rest)

    def _named_body_state(self, i: int) -> str | None:
        """The state of a body the KB knows named at token i, right after the noun that introduces it
        ("die Bundespolizei FBI" is the US federal police, whatever state the prefix defaults to); not an
        object after it ("warf die Bundesregierung Russland vor")."""
        doc = self.doc
        if i >= len(doc) or doc[i].head.i != i - 1 or doc[i].dep_ not in NAME_DEPS:
            return None
        return next(
            (m.actor.country for m in self.mentions if m.span.start == i and m.actor.country),
            None,
        )

    def _group_compound(self, i: int, prefix: str, head: str) -> Mention | None:
        """'Hamas-Führung', 'Hisbollah-Miliz', 'Taliban-Regierung', 'Hamas-Kämpfer': an armed group,
        army or service the KB knows, before its leadership, fighters or government, is that group.
        'Trump-Regierung', 'Assad-Regime', 'Fidesz-Regierung': a leader's or a party's name before an
        agent noun is that state's agent."""
        ids = self.index.entries_at(prefix).get((prefix,), {}).get(NAME, set())
        groups = [a for a in sorted(ids) if self.kb.actors[a]["type"] in GROUP_TYPES]
        member = agent_sector_de(head) or head in GROUP_MEMBER_NOUNS or parse_role_de(head)
        span = Span(self.doc, i, i + 1, label="ORG")
        if len(groups) == 1 and member:
            return Mention(span, self.kb.actor_ref(groups[0], self.date, self.lang))
        leaders = {
            self.kb.actors[a].get("country")
            for a in ids
            if self.kb.actors[a].get("curated") or self.kb.actors[a]["type"] == "party"
        }
        sector = agent_sector_de(head)
        if len(leaders) != 1 or None in leaders or sector in {None, STATE}:
            return None
        return self._sector_mention(span, leaders.pop(), sector, head)

    def _sector_mention(self, span: Span, country: str, sector: str, noun: str) -> Mention:
        if sector == STATE:
            return Mention(span, self.kb.actor_ref(f"country:{country}", self.date, self.lang))
        if sector == "GOV":
            return Mention(span, self.kb.actor_ref(f"government:{country}", self.date, self.lang))
        state = self.kb.actors.get(f"country:{country}", {})
        name = f"{state.get('name_de' if self.lang == 'de' else 'name_en', country)}: {noun}"
        return Mention(span, ActorRef(name=name, country=country, actor_code=f"{country}{sector}"))

    # -- English: nationality adjectives, "President Obama" -------------------------------------
    def _agent_phrases_en(self, matches: list[AliasMatch]) -> list[Mention]:
        """'Israeli soldiers', 'Liberian riot police', 'US forces': a nationality adjective (or a
        state's short name) before an agent noun of PETRARCH's agents dictionary is that country's
        sector (ISRMIL, LBRCOP). A longer KB name around the adjective ("Palestinian Islamic Jihad")
        is left to the KB match."""
        doc = self.doc
        state_names = {
            m.start: m
            for m in matches
            if m.kind == NAME and self.kb.actors[m.actor_ids[0]]["type"] == "state"
        }
        in_longer_name = {
            t for m in matches if m.kind == NAME and m.start not in state_names for t in range(m.start, m.end)
        }
        mentions, i = [], 0
        while i < len(doc):
            country, end = self.index.adjective_at(doc, i)
            if country is None and i in state_names:
                match = state_names[i]
                country, end = self.kb.actors[match.actor_ids[0]]["country"], match.end
            if country is None or i in in_longer_name:
                i += 1
                continue
            # after a name, no modifier may come between: "Georgia met investors" has a verb there
            agent_end, sector, noun = self._agent_after(end, modifier=i not in state_names)
            if sector:
                mentions.append(
                    self._agent_mention(Span(doc, i, agent_end, label="ORG"), country, sector, noun)
                )
                i = agent_end
            else:
                i = end
        return mentions

    def _agent_after(self, k: int, modifier: bool = True) -> tuple[int, str | None, str]:
        """The agent noun phrase from token k: one optional modifier ("riot police", "civilian
        advisers" aside), then agent nouns. Returns (end, sector of its last noun, that noun)."""
        doc = self.doc

        def agent(j: int) -> tuple[int, str | None]:
            word = doc[j].text if j < len(doc) else ""
            if not (word.replace("-", "").isalpha() and word.islower()) or word in PHRASE_BREAKS_EN:
                return j, None
            if j + 1 < len(doc):
                pair = agent_sector_en(f"{doc[j].text} {doc[j + 1].text}", self.kb.agents_en)
                if pair:
                    return j + 2, pair
            return j + 1, agent_sector_en(doc[j].text, self.kb.agents_en)

        end, sector = agent(k)
        # a past form there is a verb: "the British warned troops"
        if sector is None and end == k + 1 and modifier and not doc[k].text.endswith("ed"):
            end, sector = agent(k + 1)  # "Russian civilian advisers": skip one modifier
        if sector is None:
            return k, None, ""
        while True:
            nxt, more = agent(end)
            if more is None:
                break
            end, sector = nxt, more
        return end, sector, doc[end - 1].text

    def _agent_mention(self, span: Span, country: str, sector: str, noun: str) -> Mention:
        if sector == "GOV":
            actor = self.kb.actor_ref(f"government:{country}", self.date, self.lang)
        else:
            state = self.kb.actors.get(f"country:{country}", {})
            name = f"{state.get('name_en', country)}: {noun}"
            actor = ActorRef(name=name, country=country, actor_code=f"{country}{sector}")
        return Mention(span, actor)

    def _adjective_mentions(self, taken: set[int]) -> list[Mention]:
        """'Israeli air raids', 'an Indian proposal', 'Hungarian and Romanian officials': the
        adjective alone stands for its state, as in PETRARCH's coding. Only before a lower-case word or
        a capitalised plural ("Iraqi Kurds"): before another capitalised word it begins a name or
        title ("Russian President"); before a place noun it locates ("the Turkish resort city")."""
        doc = self.doc
        mentions, i = [], 0
        while i < len(doc):
            country, end = self.index.adjective_at(doc, i)
            if country is None or any(t in taken for t in range(i, end)) or end >= len(doc):
                i = max(end, i + 1)
                continue
            following = doc[end].text
            # "Iraqi Kurds", "Bosnian Serbs": a people of the state
            people = following[:1].isupper() and following.endswith("s") and following.isalpha()
            place = any(doc[k].text in PLACE_NOUNS_EN for k in range(end, min(end + 2, len(doc))))
            if following.isalpha() and (following.islower() or people) and not place:
                state = f"country:{country}"
                if state in self.kb.actors:
                    actor = self.kb.actor_ref(state, self.date, self.lang)
                    mentions.append(Mention(Span(doc, i, end, label="NORP"), actor))
            i = end
        return mentions

    def _titled_surnames(self, taken: set[int]) -> list[Mention]:
        """'President Obama', 'Präsident Moon', 'die Regierung Moon': a capitalised title (or a
        government named by its head) before a surname the KB knows for a holder of that office. The
        surname alone is too ambiguous; with the title, the holders of the office with that surname
        usually share one country (father and son Bush)."""
        doc = self.doc
        mentions = []
        for i, token in enumerate(doc[:-1]):
            roles = self._title_roles(token.text) if token.text[:1].isupper() else ()
            j = i + 1
            if not roles or j in taken or not self._is_name_token(j):
                continue
            if j + 1 < len(doc) and self._is_name_token(j + 1):
                continue  # a full name: the KB match or the role apposition reads it
            mention = self._office_holder(Span(doc, j, j + 1, label="PER"), doc[j].text, roles)
            if mention:
                mentions.append(mention)
        return mentions

    def _title_roles(self, word: str) -> tuple[str, ...]:
        """The KB roles a title names; a government or junta is named by its head of state or
        government."""
        if self.lang != "de":
            role = ROLE_NOUNS_EN.get(word.lower())
            return (role,) if role else ()
        if word in HEADED_BODIES_DE:
            return HEAD_ROLES
        role = parse_role_de(word)
        return (role.role,) if role and not role.plural else ()

    def _office_holder(self, span: Span, surname: str, roles: tuple[str, ...]) -> Mention | None:
        """The holder of an office of `roles` with this surname, if those holders share one country."""
        holders = [a for role in roles for a in titled_holders(self.kb).get((surname, role), [])]
        role = roles[0] if len(roles) == 1 else None
        countries = {self.kb.actors[a].get("country") or self._person_country(a) for a in holders}
        if len(countries) != 1 or None in countries:
            return None
        actor_id = self._choose(tuple(holders))
        actor = replace(self.kb.actor_ref(actor_id, self.date, self.lang, role=role), country=countries.pop())
        return Mention(span, actor, self.kb.actors[actor_id].get("gender"))

    # -- writing the Doc --------------------------------------------------------------------------
    def _merge_into_ents(self) -> None:
        """Our mentions into doc.ents. An upstream entity that overlaps one of ours gives way (the KB
        also fixes its label: NER tagging "Moskau" PER), unless another stage already annotated it;
        entities we did not touch stay. Unknown persons of the NER become document actors."""
        doc = self.doc
        inside_longer_name = {
            id(m)
            for m in self.mentions
            for ent in doc.ents
            if m.place_name
            and ent.start <= m.span.start
            and m.span.end <= ent.end
            and _is_longer_name(ent, m.span)
            and not self._common_noun_entity(ent)
        }
        self.mentions = [m for m in self.mentions if id(m) not in inside_longer_name]
        kept = []
        for ent in doc.ents:
            overlaps = any(m.span.start < ent.end and ent.start < m.span.end for m in self.mentions)
            annotated = ent._.actor is not None or ent._.place is not None
            if not annotated and (ent.start, ent.end) in self.capitals.place_uses and ent.label_ != "LOC":
                ent = Span(doc, ent.start, ent.end, label="LOC")
            if (annotated or not overlaps) and (annotated or not self._common_noun_entity(ent)):
                kept.append(ent)
        spans = filter_spans([*kept, *(m.span for m in self.mentions)])
        keep_ids = {(s.start, s.end) for s in spans}
        self.mentions = [m for m in self.mentions if (m.span.start, m.span.end) in keep_ids]
        doc.ents = spans
        by_position = {(e.start, e.end): e for e in doc.ents}
        for mention in self.mentions:
            mention.span = by_position[(mention.span.start, mention.span.end)]
            mention.span._.actor = mention.actor
        if self.lang == "de":
            self._correct_unknown_persons()
        # a person the KB does not know is a document actor, of a state where a country adjective owns
        # the title before the name
        nationals = TitledNationals(
            self.index.adjectives if self.lang == "de" else {},
            self.index.demonym_state if self.lang == "de" else lambda word: None,
        )
        group_titles = {m.span.end: m.actor for m in self.mentions if self._group_title(m)}
        for ent in doc.ents:
            if ent.label_ in PERSON_LABELS and ent._.actor is None:
                ent._.actor = nationals.actor(ent, group_titles.get(ent.start))
                self.mentions.append(Mention(ent, ent._.actor, title_gender(doc, ent.start)))
        if self.lang == "de":
            self._nationals_named_again(nationals)
        self.mentions.sort(key=lambda m: m.span.start)

    def _nationals_named_again(self, nationals: TitledNationals) -> None:
        """'Die amerikanische Basketballspielerin Brittney Griner … Griner war in Moskau festgenommen
        worden': the NER reads a foreign surname alone as a place or as no name at all; where it names
        a person placed in a state before and reads as a name, it is that person."""
        doc = self.doc
        covered = {i: e for e in doc.ents for i in range(e.start, e.end)}
        found = []
        for i in range(len(doc)):
            ent = covered.get(i)
            if ent is not None and (ent._.actor is not None or len(ent) > 1):
                continue
            person = nationals.named_again(doc[i : i + 1])
            if person is not None and read_as_name(doc, i):
                found.append((Span(doc, i, i + 1, label="PER"), person))
        if not found:
            return
        replaced = {span.start for span, _ in found}
        doc.ents = sorted(
            [*(e for e in doc.ents if e.start not in replaced), *(s for s, _ in found)], key=lambda e: e.start
        )
        by_position = {e.start: e for e in doc.ents}
        for span, person in found:
            ent = by_position[span.start]
            ent._.actor = person
            self.mentions.append(Mention(ent, person))

    def _group_title(self, mention: Mention) -> bool:
        """'ELN-Kommandant', 'M23-Anführer': one hyphenated word naming an armed group the KB knows
        before its leader or fighters (`_group_compound`), the title of a name that may follow."""
        kb_id = mention.actor.kb_id
        return (
            len(mention.span) == 1
            and "-" in mention.span.text
            and kb_id is not None
            and self.kb.actors.get(kb_id, {}).get("type") in GROUP_TYPES
        )

    def _common_noun_entity(self, ent: Span) -> bool:
        """A role or institution noun the NER tagged as a name, alone or after its owner's genitive
        ("Regierungschefin" PER, "Militärjunta" ORG, "Moskaus Außenminister" MISC): no entity of its
        own, so the role phrase or the institution is read (and resolved to its state) by `actor_coref`."""
        word = ent[-1].text
        if self.lang != "de" or len(ent) > 2 or not word[:1].isupper():
            return False
        if len(ent) == 2 and not self.index.genitive_owner(ent[0].text, self.kb):
            return False
        return parse_role_de(word) is not None or agent_sector_de(word) is not None

    def _correct_unknown_persons(self) -> None:
        """One-word PER entities of the NER that the KB does not know and that are no surname of a
        person named before: a plural abstract noun ("Waffenlieferungen") is no entity, a place name
        the gazetteer knows and no surname list does ("Kuźnica") is a place."""
        doc = self.doc
        gazetteer = load_gazetteer()
        named_before: set[str] = set()
        corrected = []
        for ent in doc.ents:
            unknown = ent.label_ in PERSON_LABELS and ent._.actor is None and len(ent) == 1
            word = ent.text
            surname = word in named_before or word.removesuffix("s") in named_before
            if unknown and not surname and word not in gazetteer.person_names:
                if word.endswith(ABSTRACT_PLURAL_ENDINGS):
                    continue
                if gazetteer.candidates(word, "de"):
                    ent = Span(doc, ent.start, ent.end, label="LOC")
            if ent.label_ in PERSON_LABELS and len(ent) > 1:
                named_before.add(ent[-1].text)
            corrected.append(ent)
        doc.ents = corrected


@cache
def titled_holders(kb) -> dict[tuple[str, str], list[str]]:
    """(surname, KB role) -> the people who held that role: "President Kagame"."""
    holders: dict[tuple[str, str], list[str]] = {}
    for actor in kb.actors.values():
        if actor["type"] != "person":
            continue
        names = actor["name_en"].split()
        # "Präsident Moon" is Moon Jae-in: where the family name comes first, it is the first name
        surname = (names[0] if actor.get("country") in FAMILY_NAME_FIRST else names[-1]) if names else ""
        for role in {r[0] for r in actor.get("roles", []) if r[0]}:
            holders.setdefault((surname, role), []).append(actor["id"])
    return holders


def _is_longer_name(ent: Span, inner: Span) -> bool:
    """An upstream ORG/MISC name of 2-3 capitalised words around a place name ("Washington Post",
    "Rapid Wien"). The NER's other long spans ("Moskau Zeit" PER, "Ostsee für Moskau") are cut wrong."""
    return (
        ent.label_ in {"ORG", "MISC"}
        and len(inner) < len(ent) <= 3
        and all(t.text[:1].isupper() for t in ent)
        and not _owner_in_the_genitive(ent, inner)
        and not _parse_splits(ent)
    )


def _parse_splits(ent: Span) -> bool:
    """ "Peking liefere Moskau Bauteile", "hatte Kabul Mitte Mai ermahnt": the NER joins a place and the
    nouns after it that the parse reads as phrases of their own (subject and object of the verb). A
    name is one phrase: only one of its words hangs on a word outside it."""
    if not ent.doc.has_annotation("DEP"):
        return False
    return sum(1 for t in ent if not (ent.start <= t.head.i < ent.end) or t.head.i == t.i) > 1


def _owner_in_the_genitive(ent: Span, inner: Span) -> bool:
    """ "das Vorgehen Berlins", "die Entscheidung Moskaus", "Russlands Angriff auf …": the NER takes a
    common noun with the state or capital in the genitive after or before it for one name; the
    genitive owns the noun (a name's place part is not inflected: "Rapid Wien", "Washington Post")."""
    before, after = ent.doc[ent.start : inner.start], ent.doc[inner.end : ent.end]
    nouns = after if inner.start == ent.start else before if inner.end == ent.end else ()
    return (
        len(inner) == 1 and inner.text.endswith("s") and len(nouns) > 0 and all(t.tag_ == "NN" for t in nouns)
    )


@Language.component("lagebild_actors")
def lagebild_actors(doc: Doc) -> Doc:
    if (doc._.language or doc.lang_) in {"de", "en"}:
        ActorResolver(doc).run()
    return doc


def _by_surname(mentions: dict[str, Mention], word: str) -> Mention | None:
    """The mention a surname refers to, also in the genitive ("Asifs")."""
    return mentions.get(word) or mentions.get(word[:-1])
