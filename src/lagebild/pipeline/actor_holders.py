"""Office holders the KB does not know, introduced by a role without an owner: "Innenminister Juri
Karajew", "Sprecherin Hua Chunying", "Atombehördenchef Mohammad Eslami". German news leaves the
state out where the passage already says which state it is about, so the holder belongs to the
state of the nearest actor, capital or country adjective before the role in the sentence, else in
the two sentences before, else to the state that clearly dominates the article so far; the holder of
an office only a state has ("Justizminister", "Armeechef", "Parlamentspräsident") also to the state
the sentence right before is about where no state dominates the article, else to the state the
article has named most so far, the one its story is about. Actors after
the name are left out: there the holder usually speaks of another state ("warf Kanada vor").
Officials of an IGO ("Erweiterungskommissarin Marta Kos") have no country but are owned: they keep
their IGO; an organisation's official the KB does not know ("OAS-Generalsekretär") has none.

People the KB does not know whose title a country adjective owns ("der pakistanische Sicherheitsberater
Moeed Yusuf") are of that state (`TitledNationals`), also where the article names them again.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import replace

from spacy.tokens import Doc, Span

from lagebild.pipeline.actor_lexicon import (
    ROLE_SECTORS,
    STATE,
    RoleWord,
    compound_agent_sector,
    parse_role_de,
    rebel_sector_de,
)
from lagebild.pipeline.actor_passage import (
    CLAUSE_HEAD_POS,
    DOMINANT_MIN_MENTIONS,
    INSTITUTION_SENTENCE_WINDOW,
    adjective_states,
    dominant_state,
    first_conjunct,
    sector_of,
    state_of,
)
from lagebild.pipeline.actor_references import sentence_index
from lagebild.pipeline.annotations import ActorRef
from lagebild.pipeline.vocatives import ADDRESS_WORDS
from lagebild.pipeline.word_classes import LOCATIVE_PREPOSITIONS_DE, SEAT_PREPOSITIONS_DE, SUBJECT_DEPS


def place_unowned_holders(doc: Doc, mentions: list, places: list, index) -> None:
    """Give document actors with a role and no country the state of the passage (in place: the
    mention, its span and every later mention of the same person)."""
    unowned = [
        m
        for m in mentions
        if m.actor.kb_id is None
        and m.actor.role
        and not m.actor.country
        and not (m.actor.actor_code or "").startswith("IGO")
        and not _organisation_official(doc, m.span.start)
    ]
    if not unowned:
        return
    sentence_of = sentence_index(doc)
    taken = {i for m in mentions for i in range(m.span.start, m.span.end)}
    context = [m for m in [*mentions, *places] if state_of(m)] + adjective_states(doc, taken, index)
    placed = {}
    for mention in sorted(unowned, key=lambda m: m.span.start):
        old = mention.actor
        if id(old) not in placed:
            country = _passage_state(context, mention.span.start, sentence_of)
            if country is None and _state_office(doc, mention):
                country = _topic_before(context, mention.span.start, sentence_of) or _most_named_before(
                    context, mention.span.start
                )
            if country is None:
                continue
            sector = ROLE_SECTORS.get(old.role, "GOV")
            placed[id(old)] = replace(old, country=country, actor_code=f"{country}{sector}")
    for mention in mentions:
        new = placed.get(id(mention.actor))
        if new is not None:
            mention.actor = mention.span._.actor = new


# Offices only a state has: their holder acts for the state the passage is about even where that state is
# no clear favourite of the article. Not a bare "Sprecher", "Chef" or "Berater" (a company's, a party's,
# an NGO's), nor a negotiator or envoy, often a rebel group's or an IGO's.
STATE_OFFICES = {"foreign minister", "deputy foreign minister", "defence minister", "interior minister",
                 "finance minister", "minister", "prime minister", "head of government", "president",
                 "chancellor", "ambassador", "diplomat", "official", "government spokesperson", "speaker",
                 "foreign ministry spokesperson", "chief of the general staff", "commander-in-chief",
                 "national security adviser"}  # fmt: skip
# roles a compound names a state office by only with a first part naming a part of the state
# ("Armeesprecher", "Geheimdienstchef"; `parse_role_de` gives a bare "Sprecher" the same role)
STATE_COMPOUND_ROLES = {"spokesperson", "leader"}
BARE_ROLE_WORDS = {"Sprecher", "Chef"}
# how far before a title an organisation named for it makes the office its own ("Amnesty-Sprecher",
# "der Präsident des Roten Kreuzes" is after the name)
ORGANISATION_WINDOW = 3
GENITIVE_ARTICLES = {"des", "der"}


def _state_office(doc: Doc, mention) -> bool:
    """The holder's title, the word before the name, is an office of a state ("Justizminister",
    "Armeechef", "Botschafterin"), and no organisation is named with it."""
    start = mention.span.start
    k = start - 2 if start > 1 and doc[start - 1].text == "," else start - 1
    role = parse_role_de(doc[k].text) if k >= 0 else None
    if role is None or role.role != mention.actor.role:
        return False
    compound_of_state = role.role in STATE_COMPOUND_ROLES and role.base not in BARE_ROLE_WORDS
    if not (compound_of_state or role.role in STATE_OFFICES):
        return False
    return not _organisation_named_with(doc, k, mention.span.end)


def _organisation_named_with(doc: Doc, title: int, end: int) -> bool:
    """An organisation named right before the title ("der Greenpeace Sprecher", "WHO Präsident") or a
    genitive after the name that names no state ("Präsident X des Roten Kreuzes"): the office is the
    organisation's."""
    before = range(max(title - ORGANISATION_WINDOW, 0), title)
    if any(ent.label_ == "ORG" and not _of_state(ent) for ent in doc.ents if ent.start in before):
        return True
    if end < len(doc) and doc[end].lower_ in GENITIVE_ARTICLES:
        owner = [ent for ent in doc.ents if end < ent.start <= end + ORGANISATION_WINDOW]
        return not (owner and _of_state(owner[0]))
    return False


def _of_state(ent) -> bool:
    return ent._.actor is not None and bool(ent._.actor.country)


def _topic_before(context: list, i: int, sentence_of: list[int]) -> str | None:
    """The state the sentence right before is about ("Uganda hat Truppen verlegt. Armeechef X schrieb
    …"): news names the state, then its officials. A sentence is about the state of its subjects (in
    any clause: the parse often hangs the main clause low), else the state it names most; none where
    two states tie. A clause it embeds with a conjunction ("…, dass Den Haag seinen Vorbehalt fallen
    ließ") is not what it is about."""
    clues = [
        c
        for c in context
        if sentence_of[c.span.start] == sentence_of[i] - 1 and state_of(c) and not _embedded(c.span.root)
    ]
    subjects = {state_of(c) for c in clues if _subject(c.span.root)}
    if subjects:
        return subjects.pop() if len(subjects) == 1 else None
    return _named_most(state_of(c) for c in clues)


def title_holder_state(doc: Doc, i: int, mentions: list, places: list) -> str | None:
    """The state of an office holder named by the title alone at token i, no earlier holder agreeing
    ("Deutlicher wurde Berlin: Die Außenministerin nannte …", "Uganda hat Truppen verlegt. Der
    Armeechef schrieb …"): the one state a subject before it in its sentence names, else the state the
    sentence before is about. Not the other states of its sentence: a quote before "sagte der
    Minister" speaks of others."""
    sentence_of = sentence_index(doc)
    context = [m for m in [*mentions, *places] if state_of(m)]
    subjects = {
        state_of(c)
        for c in context
        if c.span.end <= i
        and sentence_of[c.span.start] == sentence_of[i]
        and _subject(c.span.root)
        and not _embedded(c.span.root)
    }
    if subjects:
        return subjects.pop() if len(subjects) == 1 else None
    return _topic_before(context, i, sentence_of)


def _most_named_before(context: list, i: int) -> str | None:
    """The state the article has named most before token i, more often than any other and at least
    twice: the state its story is about ("Innenminister X" in a report on North Macedonia, after a
    paragraph on the protests in front of its parliament)."""
    return _named_most((state_of(c) for c in context if c.span.end <= i), at_least=DOMINANT_MIN_MENTIONS)


def _named_most(states: Iterable[str], at_least: int = 1) -> str | None:
    """The state named more often than any other, and at least `at_least` times; None on a tie."""
    ranked = Counter(states).most_common(2)
    if not ranked or ranked[0][1] < at_least or len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]


def _subject(token) -> bool:
    return first_conjunct(token).dep_ in SUBJECT_DEPS


def _embedded(token) -> bool:
    """The token's clause is introduced by a subordinating conjunction ("dass", "weil", "ob")."""
    while token.pos_ not in CLAUSE_HEAD_POS and token.head != token:
        token = token.head
    return any(c.dep_ == "mark" and c.pos_ == "SCONJ" for c in token.children)


def _organisation_official(doc: Doc, start: int) -> bool:
    """'OAS-Generalsekretär Luis Almagro', 'AU-Kommissionschef ...': an office prefixed by an
    organisation's acronym the KB does not know is that organisation's, no state's, whatever state the
    passage is about (a state's or known IGO's prefix, "US-", "UN-", gives the role its owner)."""
    k = start - 2 if start > 1 and doc[start - 1].text == "," else start - 1
    if k < 0:
        return False
    prefix, _, rest = doc[k].text.partition("-")
    role = parse_role_de(doc[k].text) if rest else None
    return role is not None and role.owner is None and len(prefix) > 1 and prefix.isupper()


def _passage_state(context: list, i: int, sentence_of: list[int]) -> str | None:
    sentence = sentence_of[i]
    before = [c for c in context if c.span.end <= i]
    same = [c for c in before if sentence_of[c.span.start] == sentence]
    recent = [c for c in before if 0 < sentence - sentence_of[c.span.start] <= INSTITUTION_SENTENCE_WINDOW]
    if same:
        return state_of(max(same, key=lambda c: c.span.end))
    # from the sentences before only with a second clue: foreign officials are quoted right after
    # their counterparts are named, so the nearest state must also be the article's dominant one
    recent_state = state_of(max(recent, key=lambda c: c.span.end)) if recent else None
    return recent_state if recent_state and recent_state == dominant_state(before) else None


# Offices that are Germany's only by default and that news on another state uses for that state's
# office: a government's spokesperson. Not the chancellor: "der Kanzler" in Beijing is the German one
# on a visit.
LOCAL_DEFAULT_OFFICES = {"government spokesperson"}
# Words before an office that make it Germany's by name, not by default: "der deutsche Regierungssprecher".
GERMAN_OWNER_WORDS = ("deutsch", "berlins")  # also "Deutschlands", "deutschen"
# How far back (in sentences) the government an office holder speaks for may have been named.
SPOKEN_FOR_SENTENCES = 3


def place_default_offices(doc: Doc, context: list, references: list) -> None:
    """'Ein Regierungssprecher bestreitet ...' in a report on Cuba, 'sagte Regierungssprecher Amadou
    Abdramane' after Niger's junta: an office that is Germany's only by default (`LOCAL_DEFAULT_OFFICES`),
    named alone (the German holder of the day was given it by default) or held by someone the KB does
    not know, in an article that has named no German actor before it, is the office of the state that
    sits where a place after it says ("in Neu-Delhi"), else of the place the sentence before opens with
    ("In Tokio herrscht Schweigen."), else of the government named last before it (within a few
    sentences), else of the passage's state. Runs after the bodies are placed, whose
    ministries are governments too."""
    sentence_of = sentence_index(doc)
    states = [c for c in context if state_of(c)]
    moved = {}
    for ent in doc.ents:
        actor = ent._.actor
        if actor is None or actor.role not in LOCAL_DEFAULT_OFFICES or id(actor) in moved:
            continue
        role_at = _default_office_at(doc, ent, actor.country)
        # a name the KB knows is who it is; an office named alone ("ein Regierungssprecher") was given
        # the German holder of the day only by default
        if role_at is None or (actor.kb_id is not None and role_at != ent.end - 1):
            continue
        german_before = any(
            state_of(c) == actor.country and c.span.end <= ent.start and c.actor.role != actor.role
            for c in states
        )
        if german_before:
            continue
        country = (
            _seat_after(ent, states)
            or _scene_before(states, ent.start, sentence_of)
            or _government_before(states, ent.start, sentence_of)
            or _passage_state(states, ent.start, sentence_of)
        )
        if country is None or country == actor.country:
            continue
        sector = ROLE_SECTORS.get(actor.role, "GOV")
        name = actor.name if actor.kb_id is None else ent.text
        moved[id(actor)] = replace(
            actor, name=name, kb_id=None, wikidata=None, country=country, actor_code=f"{country}{sector}"
        )
    if not moved:
        return
    for ent in doc.ents:
        if id(ent._.actor) in moved:
            ent._.actor = moved[id(ent._.actor)]
    for holder in [*context, *references]:
        if id(holder.actor) in moved:
            holder.actor = moved[id(holder.actor)]


def _default_office_at(doc: Doc, ent, country: str | None) -> int | None:
    """Where the office word of a holder stands (the span's last word, or the word before a name)
    when the office is the default owner's and no word before it names that owner."""
    for k in (ent.end - 1, ent.start - 1):
        if k < 0:
            continue
        role = parse_role_de(doc[k].text)
        if role is not None and role.implicit_owner and role.owner == country:
            before = doc[max(k - 2, 0) : k]
            return None if any(t.lower_.startswith(GERMAN_OWNER_WORDS) for t in before) else k
    return None


def _seat_after(ent, states: list) -> str | None:
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].text not in SEAT_PREPOSITIONS_DE:
        return None
    return next((state_of(c) for c in states if c.span.start == ent.end + 1), None)


def _scene_before(states: list, i: int, sentence_of: list[int]) -> str | None:
    """'Peking verhängte Zölle. Premier Li Qiang verteidigte den Schritt. In Tokio herrscht Schweigen. Ein
    Regierungssprecher wollte sich nicht äußern': a sentence right before that opens with a place (before
    its verb) and names no other state sets the scene the office speaks in, where its own sentence names
    no state before it; the government named a sentence or two back is the other side of the story."""
    sentence = sentence_of[i]
    if any(sentence_of[c.span.start] == sentence and c.span.end <= i for c in states):
        return None
    before = [c for c in states if sentence_of[c.span.start] == sentence - 1]
    if len({state_of(c) for c in before}) != 1:
        return None
    first = min(before, key=lambda c: c.span.start)
    start, doc = first.span.start, first.span.doc
    opening = (
        getattr(first, "place_name", False)
        and start > 0
        and doc[start - 1].lower_ in LOCATIVE_PREPOSITIONS_DE
        and start < doc[start].sent.root.i
    )
    return state_of(first) if opening else None


def _government_before(states: list, i: int, sentence_of: list[int]) -> str | None:
    """The state of the nearest government actor before token i: a capital, cabinet, ministry or
    leader, the body a spokesperson speaks for."""
    governments = [
        c
        for c in states
        if c.span.end <= i
        and sector_of(c) == "GOV"
        and sentence_of[i] - sentence_of[c.span.start] <= SPOKEN_FOR_SENTENCES
    ]
    return state_of(max(governments, key=lambda c: c.span.end)) if governments else None


# Heads of titles that a country adjective owns before a person's name and the role nouns lack, with
# the sector their holder acts in: "die spanische Geschäftsträgerin", "der iranische General", "die
# iranische Aktivistin" (the state's critic, not the state). A title the role nouns end in
# ("Sicherheitsberater", "Sportjournalist") takes its role's sector; any other names a person of
# that state, no office of it ("der algerische Schriftsteller"): a civilian.
TITLE_HEADS_DE = {
    # counterparts, envoys, commissioners, lawmakers
    "kolleg": "GOV", "gegenüber": "GOV", "amtsinhaber": "GOV", "geschäftsträger": "GOV", "delegationsleiter": "GOV",
    "kommissar": "GOV", "beauftragt": "GOV", "senator": "LEG",
    # officers
    "general": "MIL", "admiral": "MIL", "kommandeur": "MIL", "offizier": "MIL",
    # critics of the state
    "aktivist": "OPP", "dissident": "OPP", "regimekritiker": "OPP", "menschenrechtler": "OPP",
    "bürgerrechtler": "OPP", "blogger": "OPP",
    # business
    "unternehmer": "BUS", "geschäftsmann": "BUS", "manager": "BUS", "oligarch": "BUS",
}  # fmt: skip
# looked up longest first: the longest head a title ends in decides
_LONGEST_TITLE_HEADS_FIRST = sorted(TITLE_HEADS_DE.items(), key=lambda item: -len(item[0]))
TITLE_ENDINGS_DE = ("", "e", "en", "n", "s", "es", "er", "in", "innen")
# A role noun at the end of a compound title is at least this long ("Chef" in "Präsidialamtschef").
MIN_ROLE_HEAD = 4
# Heads that name who leads a body, but no office of the state: only the body the first part names
# places the holder ("Rebellenführer", "Gewerkschaftsführerin"); a "Bandenführer" stays a civilian.
BODY_HEADS_DE = ("führer", "leiter", "boss")
# Bodies a title's first part names that are no agents of the state (`AGENTS_DE`) nor rebels
# (`REBELS_DE`), with the sector of the people who lead or speak for them.
BODY_SECTORS_DE = {"Gewerkschaft": "LAB", "Partei": "PTY", "Konzern": "BUS", "Firma": "BUS", "Firmen": "BUS",
                   "Unternehmen": "BUS", "Kirche": "REL", "Kirchen": "REL"}  # fmt: skip
# A minister's first part names his portfolio, not a body apart from the government ("Armeeminister").
MINISTER = "minister"
# An adviser's first part names whom he advises, not a body he leads or speaks for: a state's own
# ("Regierungsberater", "Militärberater") is served by its adviser, and so is a party, which competes
# for the state's offices ("Parteiberater"); a private client's consultant ("Unternehmensberater",
# "Gewerkschaftsberater") acts for no one of the state, a civilian.
CLIENT_HEADS_DE = ("berater",)
PARTY_SECTOR = "PTY"
PRIVATE_BODY_SECTORS = frozenset(BODY_SECTORS_DE.values()) - {PARTY_SECTOR}
# One-party states, where the ruling party and the state are one: a leader or spokesman of the party
# there ("der vietnamesische Parteiführer", "der laotische Parteisprecher") acts for the government, as
# "Parteichef" does, not for one party among others.
ONE_PARTY_STATES = frozenset({"CHN", "PRK", "VNM", "LAO", "CUB"})
# the words of address before a surname, in every case ("Herrn Vandecasteele")
HONORIFICS = {*ADDRESS_WORDS, "Herrn"}
# shorter words ending in -in are no feminine titles ("Admin"); "Ärztin", "Sängerin" are longer
FEMININE_TITLE_MIN_LENGTH = 4
# what joins a name to the one before it in a list ("die Kanadier Michael Kovrig und Michael Spavor")
LIST_JOINS = ("und", ",")


class TitledNationals:
    """People the KB does not know, introduced by a title a country adjective owns ("die spanische
    Geschäftsträgerin Cristina Borreguero"), a title the role nouns lack: they are of that state, in
    the sector the title names (`title_sector`). So are people a demonym introduces ("den Deutschen Rico
    Krieger", "die Kanadier Michael Kovrig und Michael Spavor", each name of the list). News names them
    again by the full name or the surname alone ("Borreguero sagte"), also in the genitive ("Borregueros
    Besuch"), where the person is the same."""

    def __init__(self, adjectives: dict[str, str], demonym_state: Callable[[str], str | None]):
        self.adjectives = adjectives
        self.demonym_state = demonym_state
        self.by_name: dict[str, ActorRef] = {}  # full name and surname -> the person
        self.placed_until: dict[int, str] = {}  # where a placed name ends -> its state, for a list after it

    def actor(self, name: Span, group: ActorRef | None = None) -> ActorRef:
        """The actor of an unknown person's name, remembering those a title places. A title that
        names an armed group ("ELN-Kommandant Antonio García") makes the person act for the group."""
        if group is not None:
            person = ActorRef(name=name.text, country=group.country, actor_code=group.actor_code)
            self.by_name[name.text] = self.by_name[name[-1].text] = person
            return person
        country = self._nationality_in_title(name) if len(name) > 1 else None
        if country is None:
            return self._named_before(name.text) or ActorRef(name=name.text)
        sector = title_sector(name.doc[name.start - 1].text, country)
        person = ActorRef(name=name.text, country=country, actor_code=country + sector)
        self.by_name[name.text] = self.by_name[name[-1].text] = person
        if self.demonym_state(name[0].text):  # "Deutschen Rico Krieger": the NER took in the demonym
            self.by_name[name[1:].text] = person
        self.placed_until[name.end] = country
        return person

    def named_again(self, word: Span) -> ActorRef | None:
        """The person placed in a state whom a word names again by surname ("Griner", "Borregueros"),
        else None."""
        person = self._named_before(word.text) if len(word) == 1 else None
        return person if person is not None and person.country else None

    def _named_before(self, text: str) -> ActorRef | None:
        # "Herrn Vandecasteele", "Frau Taghavi": the NER takes the address into the name
        first, _, rest = text.partition(" ")
        if first in HONORIFICS and rest:
            text = rest
        # the name as written first: a surname may end in "s" itself ("Ramos"); then the genitive
        return self.by_name.get(text) or (self.by_name.get(text[:-1]) if text.endswith("s") else None)

    def _nationality_in_title(self, name: Span) -> str | None:
        """The state of a country adjective before the title noun right before a name, or of a demonym
        right before it or opening it, or of the placed name a list joins it to; None without one."""
        doc = name.doc
        if len(name) > 2 and (country := self.demonym_state(name[0].text)):
            return country
        if name.start < 2:
            return None
        title, adjective = doc[name.start - 1], doc[name.start - 2]
        if title.lower_ in LIST_JOINS:
            return self.placed_until.get(title.i)
        if title.pos_ != "NOUN" or not title.text[:1].isupper():
            return None
        return self.demonym_state(title.text) or (
            self.adjectives.get(adjective.text) if adjective.text[:1].islower() else None
        )


def title_gender(doc: Doc, name_start: int) -> str | None:
    """The gender a title noun right before a name gives its bearer: "die Basketballspielerin Brittney
    Griner" is a woman whatever her first name (so "die 32-Jährige" finds her); None without a title
    or with a masculine one, which news also gives women ("der Journalist")."""
    title = doc[name_start - 1] if name_start else None
    if title is None or title.pos_ != "NOUN" or not title.text[:1].isupper():
        return None
    if title.text.endswith("in") and len(title.text) > FEMININE_TITLE_MIN_LENGTH:
        return "f"
    return None


def title_sector(title: str, country: str | None = None) -> str:
    """The CAMEO sector of the holder of a title before a name. A role whose holder acts outside the
    government keeps its own sector ("Staatsanwalt", "Journalist"), a minister is the government's;
    other roles, the heads of `TITLE_HEADS_DE` and those of `BODY_HEADS_DE` lead or speak for the body
    the compound's first part names, in its sector ("Gewerkschaftschef", "Armeesprecher",
    "Rebellenführer"); without such a first part a role is the government's, a head's holder in its
    sector, and anyone else a civilian. The party of a one-party state (`country`) is its government."""
    sector = _title_sector(title)
    return "GOV" if sector == PARTY_SECTOR and country in ONE_PARTY_STATES else sector


def _title_sector(title: str) -> str:
    role = _longest_role(title)
    if role is not None and role.role in ROLE_SECTORS:
        return ROLE_SECTORS[role.role]
    if role is not None and role.base.endswith(MINISTER):
        return "GOV"
    head = _head_sector(title)
    holds_office = role is not None or head is not None or _ends_in(title.lower(), BODY_HEADS_DE)
    body = _first_part_sector(title) if holds_office else None
    if body in PRIVATE_BODY_SECTORS and _ends_in(title.lower(), CLIENT_HEADS_DE):
        return "CVL"
    return body or ("GOV" if role is not None else head or "CVL")


def _longest_role(title: str) -> RoleWord | None:
    for k in range(len(title) - MIN_ROLE_HEAD + 1):  # the longest head first
        role = parse_role_de(title[k].upper() + title[k + 1 :])
        if role is not None:
            return role
    return None


def _head_sector(title: str) -> str | None:
    word = title.lower()
    for head, sector in _LONGEST_TITLE_HEADS_FIRST:
        if _ends_in(word, (head,)):
            return sector
    return None


def _ends_in(word: str, heads: Iterable[str]) -> bool:
    return any(word.endswith(head + ending) for head in heads for ending in TITLE_ENDINGS_DE)


def _first_part_sector(title: str) -> str | None:
    """The sector of the body a compound title's first part names, the part closest to the head first
    ("Militärgeheimdienstchef" heads an intelligence service); None where no first part names one."""
    for end in range(len(title) - MIN_ROLE_HEAD, 0, -1):
        part = title[:end]
        sector = (
            BODY_SECTORS_DE.get(part.removesuffix("s"))
            or rebel_sector_de(part)
            or compound_agent_sector(part)
        )
        if sector is not None and sector != STATE:
            return sector
    return None
