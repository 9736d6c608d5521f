"""Non-name references to actors within a document: role phrases ("der russische Außenminister",
"die Ministerin", "der Norweger"), person pronouns (er/sie/ihn/ihm; he/she/him/her) and definite
groups ("die Diplomaten" after "40 russische Diplomaten").

Each resolved reference goes into `doc.spans[ACTOR_REF_SPANS]` with `span._.actor` and
`span._.antecedent` (an entity span in `doc.ents`). A role phrase naming an office whose holder is
not mentioned by name becomes an entity of its own (the KB incumbent, or a document actor), and so
does a possessive phrase for a state ("sein Land" after Morawiecki is Poland).
Antecedents are the nearest earlier mention that agrees in gender, role and country, within the
current and the two previous sentences (pronouns) or the whole document (role phrases); a subject of
that mention's sentence comes first, as the topic a pronoun continues. A state's institution named
without the state ("die Polizei", "das Innenministerium") becomes an entity of the state the text is
about there (the nearest actor or capital with a country).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from lagebild.kb.curated import FEMALE_FIRST_NAMES
from lagebild.pipeline.actor_capitals import POSTED_ABROAD
from lagebild.pipeline.actor_lexicon import (
    AGENT_GROUPS_DE,
    AGENTS_DE,
    COREF_NOUNS_DE,
    DETERMINERS_DE,
    IGO_ROLE_NAMES,
    INCUMBENT_ROLES,
    MASCULINE_ACTOR_ALIASES,
    OFFICES_OF_ROLE,
    POSSESSED_AGENTS_DE,
    POSSESSIVES_DE,
    PRONOUNS_DE,
    PRONOUNS_EN,
    ROLE_NOUNS_DE,
    ROLE_SECTORS,
    SAME_OFFICE_NAMES_DE,
    STATE_NOUNS_DE,
    agent_sector_de,
    agent_sector_en,
    parse_role_de,
)
from lagebild.pipeline.annotations import ACTOR_REF_SPANS, ActorRef

PRONOUN_SENTENCE_WINDOW = 3
# Sectors of a state's own institutions: "the government", "the army", "police" belong to a country.
STATE_SECTORS = {"GOV", "MIL", "COP"}
AGENT_GROUP_SENTENCE_WINDOW = 3
GROUP_DETERMINERS_DE = {"die", "den", "der", "Die", "Den", "diese", "diesen", "Diese"}
# A state's own institutions, named without the state: "die Polizei", "das Innenministerium".
STATE_INSTITUTIONS_DE = {
    "Regierung": "GOV", "Kabinett": "GOV", "Innenministerium": "GOV", "Außenministerium": "GOV",
    "Verteidigungsministerium": "GOV", "Justizministerium": "GOV", "Präsidialamt": "GOV", "Behörden": "GOV",
    "Polizei": "COP", "Sonderpolizei": "COP", "Bereitschaftspolizei": "COP", "Sicherheitskräfte": "COP",
    "Armee": "MIL", "Streitkräfte": "MIL", "Militär": "MIL", "Generalstaatsanwaltschaft": "JUD",
    "Staatsanwaltschaft": "JUD", "Justiz": "JUD", "Opposition": "OPP", "Ombudsstelle": "GOV", "Ombudsmann": "GOV",
    "Ombudsfrau": "GOV", "Wahlkommission": "GOV", "Junta": "GOV", "Militärjunta": "GOV", "Militärregierung": "GOV",
    "Küstenwache": "MIL", "Marine": "MIL", "Luftwaffe": "MIL", "Geheimdienst": "SPY", "Nationalgarde": "MIL",
}  # fmt: skip
# Protesters ("gegen Demonstranten", "die Protestierenden") are, like the police facing them, people of
# the state the passage is about; CAMEO codes protesters as opposition.
PROTESTERS_DE = dict.fromkeys(
    ("Demonstranten", "Demonstrantinnen", "Protestierende", "Protestierenden", "Regierungsgegner"), "OPP"
)
# Rebels, like protesters, are people of the state the passage is about, placed the same way; CAMEO
# codes them REB. Singular collectives ("die Miliz", "die Guerilla") need their article.
REBELS_DE = dict.fromkeys(
    ("Rebellen", "Aufständischen", "Aufständische", "Guerilla", "Miliz", "Milizen"), "REB"
)
# Plural institutions read without an article ("Sicherheitskräfte lösten die Kundgebung auf"): a
# bare plural names the state's forces as much as "die Sicherheitskräfte" does. A bare singular
# ("Polizei" in "Polizei und Armee") is left alone: it is often a field, not an actor.
BARE_PLURAL_INSTITUTIONS_DE = {
    "Sicherheitskräfte": "COP", "Sicherheitskräften": "COP", "Polizisten": "COP", "Soldaten": "MIL", "Behörden": "GOV",
}  # fmt: skip
# "dem Norden Hilfe anbieten": German news names the two Korean states by their halves.
KOREAN_HALVES = {"Norden": "PRK", "Süden": "KOR"}
# Bodies a story has only one of: once placed, the same word keeps its state.
ONE_PER_STATE_DE = {"Junta", "Militärjunta", "Militärregierung"}
# Words after such a noun that name its owner: "die Regierung in Kiew", "die Armee des Landes".
OWNER_FOLLOWS = {"in", "im", "von", "des", "der", "aus"}
INSTITUTION_SENTENCE_WINDOW = 2
# "der 69-Jährige", "die 45-Jährige", "des 69-Jährigen": a person by age. (determiner, ends in -n)
# -> gender; "der 45-Jährigen" (genitive or dative feminine, or plural) is left alone.
AGE_NOUN = re.compile(r"\d+-[Jj]ährige[nmr]?")
AGE_DETERMINER_GENDERS = {("der", False): "m", ("die", False): "f", ("des", True): "m", ("dem", True): "m",
                          ("den", True): "m"}  # fmt: skip
# An article's state "clearly dominates" when named this often and this many times more than another.
DOMINANT_MIN_MENTIONS = 2
DOMINANCE_RATIO = 2
# Object pronouns ("ihn", "ihm") refer to things as often as to people: look back one sentence only.
OBJECT_PRONOUN_WINDOW = 1
OBJECT_PRONOUNS = {"ihn", "ihm", "him"}
# Which KB roles a role noun can refer back to.
COMPATIBLE_ROLES = {
    "Minister": ("minister", "secretary of state"), "Außenminister": ("foreign minister", "secretary of state"),
    "Diplomat": ("ambassador", "minister", "diplomat", "secretary", "spokesperson"),
    "Kanzler": ("chancellor",), "Präsident": ("president",), "Botschafter": ("ambassador",),
    "Sprecher": ("spokesperson",), "Generalsekretär": ("secretary",), "Machthaber": ("president",),
    "Diktator": ("president",), "Regierungschef": ("prime minister", "chancellor"), "Kremlchef": ("president",),
    "Politiker": ("",), "Oppositionelle": ("opposition",), "Kritiker": ("opposition",),
    "Bundeskanzler": ("chancellor",), "Ministerpräsident": ("prime minister",),
    "Premierminister": ("prime minister",), "Staatschef": ("president",), "Staatspräsident": ("president",),
    "Verteidigungsminister": ("defence minister",), "Generalstabschef": ("chief of the general staff",),
    "Armeechef": ("commander-in-chief",), "Oberbefehlshaber": ("commander-in-chief",),
    "Chefdiplomat": ("foreign minister", "secretary of state"), "Premier": ("prime minister",),
}  # fmt: skip


@dataclass
class Reference:
    span: Span
    actor: ActorRef
    antecedent: Span
    gender: str | None


def _gender(mention) -> str | None:
    if mention.gender:
        return mention.gender
    if mention.span.label_ in {"PER", "PERSON"}:
        first = mention.span[0].text
        return "f" if first in FEMALE_FIRST_NAMES else "m" if len(mention.span) > 1 else None
    return None


def resolve_references(
    doc: Doc, mentions: list, kb, index, date: str | None, lang: str, places: list | None = None
) -> None:
    """`places`: capitals read as places, with their country (they are no actors of their own)."""
    sentence_of = _sentence_index(doc)
    references: list[Reference] = []
    new_entities = []
    in_entity = {i for e in doc.ents for i in range(e.start, e.end)}
    if lang == "de":
        for start, end, role in _role_phrases(doc, in_entity, mentions, index, kb):
            ref = _resolve_role_phrase(doc, start, end, role, mentions, references, kb, index, date, lang)
            if isinstance(ref, Reference):
                references.append(ref)
            elif ref is not None:
                new_entities.append(ref)
    _add_entities(doc, new_entities)
    if lang == "de":
        references += _demonym_persons(doc, in_entity, mentions, index)
        references += _age_references(doc, in_entity, mentions, sentence_of)
        references += _agent_groups(doc, in_entity, mentions, sentence_of)
    else:
        references += _agent_groups_en(doc, in_entity, mentions, sentence_of, kb)
    pronouns = PRONOUNS_DE if lang == "de" else PRONOUNS_EN
    for i, token in enumerate(doc):
        gender = pronouns.get(token.text)
        if gender is None or i in in_entity or (gender == "f" and _plural_context(doc, i, lang)):
            continue
        ref = _resolve_pronoun(doc, i, gender, mentions, references, sentence_of)
        if ref:
            references.append(ref)
    if lang == "de":
        _add_entities(doc, _possessive_agents(doc, [*mentions, *references], sentence_of, kb, date))
        # after the pronouns: "..., mahnte er. Kurz vor der Abreise hatte das Kabinett ..." is his
        taken = {i for e in doc.ents for i in range(e.start, e.end)}
        taken |= {i for r in references for i in range(r.span.start, r.span.end)}
        context = [*mentions, *references, *(places or [])]
        institutions = _state_institutions(doc, taken, context, sentence_of, index)
        _add_entities(doc, institutions)
        context += [_Context(span, actor) for span, actor in institutions]
        _add_entities(doc, _korean_halves(doc, taken, context))
    spans = []
    for ref in sorted(references, key=lambda r: r.span.start):
        ref.span._.actor = ref.actor
        ref.span._.antecedent = ref.antecedent
        spans.append(ref.span)
    doc.spans[ACTOR_REF_SPANS] = spans


def _add_entities(doc: Doc, new_entities: list[tuple[Span, ActorRef]]) -> None:
    """Actor phrases without a name ("der russische Außenminister", "sein Land") as entities."""
    taken = {i for e in doc.ents for i in range(e.start, e.end)}
    new_entities = [(s, a) for s, a in new_entities if not any(i in taken for i in range(s.start, s.end))]
    if not new_entities:
        return
    doc.ents = sorted([*doc.ents, *(s for s, _ in new_entities)], key=lambda s: s.start)
    for span, actor in new_entities:
        ent = next(e for e in doc.ents if (e.start, e.end) == (span.start, span.end))
        ent._.actor = actor


def _possessive_agents(doc: Doc, candidates: list, sentence_of: list[int], kb, date) -> list:
    """'sein Land', 'ihre Regierung', 'seine Truppen': the state (or its government, its military)
    of the nearest earlier person or state in this or the previous sentence that the possessive
    agrees with ("sein": a man or a state; "ihr": a woman, a state, a group of people)."""
    found = []
    for i, token in enumerate(doc[:-1]):
        gender = POSSESSIVES_DE.get(token.text.lower())
        noun = doc[i + 1].text
        if gender is None or not (noun in STATE_NOUNS_DE or noun in POSSESSED_AGENTS_DE):
            continue

        def agrees(m, i=i, gender=gender) -> bool:
            if not m.actor.country or sentence_of[i] - sentence_of[m.span.start] > 1:
                return False
            if isinstance(m, Reference):
                return m.gender == gender
            if m.span.label_ in {"PER", "PERSON"}:
                found_gender = _gender(m)
                return found_gender == gender or (found_gender is None and gender == "m")
            return (m.actor.kb_id or "").startswith(("country:", "government:"))

        antecedent = _nearest(candidates, i, agrees)
        if antecedent is None:
            continue
        country = antecedent.actor.country
        span = Span(doc, i, i + 2, label="LOC" if noun in STATE_NOUNS_DE else "ORG")
        if noun in STATE_NOUNS_DE:
            actor = (
                kb.actor_ref(f"country:{country}", date, "de") if f"country:{country}" in kb.actors else None
            )
        elif POSSESSED_AGENTS_DE[noun] == "GOV":
            actor = (
                kb.actor_ref(f"government:{country}", date, "de")
                if f"government:{country}" in kb.actors
                else None
            )
        else:
            state = kb.actors.get(f"country:{country}", {}).get("name_de", country)
            actor = ActorRef(
                name=f"{state}: {noun}", country=country, actor_code=f"{country}{POSSESSED_AGENTS_DE[noun]}"
            )
        if actor:
            found.append((span, actor))
    return found


def _demonym_persons(doc: Doc, in_entity: set[int], mentions: list, index) -> list[Reference]:
    """'erklärte der Norweger': the nearest earlier person of that nationality."""
    refs = []
    for match in index.match(doc):
        if match.start == 0 or doc[match.start - 1].text not in {"der", "dem", "des", "Der"}:
            continue
        if match.start in in_entity or match.kind not in {"demonym", "demonym_person"}:
            continue
        country = index.kb.actors[match.actor_ids[0]]["country"]
        same_country = [m for m in mentions if m.span.label_ == "PER" and m.actor.country == country]
        antecedent = _nearest(same_country, match.start, lambda m: True)
        if antecedent:
            refs.append(
                Reference(Span(doc, match.start - 1, match.end), antecedent.actor, antecedent.span, "m")
            )
    return refs


def _age_references(doc: Doc, in_entity: set[int], mentions: list, sentence_of: list[int]) -> list[Reference]:
    """'Der 69-Jährige', 'die 45-Jährige': news names a person again by age; the nearest earlier
    person of that gender within three sentences (the pronouns after it then find the person too)."""
    refs = []
    for i, token in enumerate(doc):
        if i == 0 or i in in_entity or not AGE_NOUN.fullmatch(token.text):
            continue
        gender = AGE_DETERMINER_GENDERS.get((doc[i - 1].text.lower(), token.text.endswith("n")))
        if gender is None:
            continue

        def agrees(m, i=i, gender=gender) -> bool:
            found = _gender(m)
            recent = sentence_of[i] - sentence_of[m.span.start] <= PRONOUN_SENTENCE_WINDOW
            return m.span.label_ in {"PER", "PERSON"} and recent and (found == gender or found is None)

        antecedent = _nearest(mentions, i - 1, agrees)
        if antecedent:
            span = Span(doc, i - 1, i + 1)
            refs.append(Reference(span, antecedent.actor, antecedent.span, gender))
    return refs


def _agent_groups(doc: Doc, in_entity: set[int], mentions: list, sentence_of: list[int]) -> list[Reference]:
    """'Baerbock erklärte die Diplomaten zu unerwünschten Personen' after '40 Angehörige der russischen
    Botschaft': a definite plural group without a country of its own is the nearest earlier agent
    phrase of the same sector ("der russischen Botschaft", "russische Diplomaten") within three
    sentences."""
    refs = []
    for i, token in enumerate(doc):
        if token.text not in AGENT_GROUPS_DE or i in in_entity or i == 0:
            continue
        if doc[i - 1].text not in GROUP_DETERMINERS_DE:
            continue
        sector = AGENTS_DE[token.text]

        def same_sector(m, i=i, sector=sector) -> bool:
            head = m.span[-1].text
            return (
                agent_sector_de(head) == sector
                and m.actor.country is not None
                and sentence_of[i] - sentence_of[m.span.start] <= AGENT_GROUP_SENTENCE_WINDOW
            )

        antecedent = _nearest(mentions, i - 1, same_sector)
        if antecedent:
            refs.append(Reference(Span(doc, i - 1, i + 1), antecedent.actor, antecedent.span, None))
    return refs


def _state_institutions(doc: Doc, taken: set[int], candidates: list, sentence_of: list[int], index):
    """'die Polizei', 'das Innenministerium', 'die Generalstaatsanwaltschaft', 'Demonstranten' without an owner: the
    institution of the state the text is about there. That is the state of an actor, capital or
    country adjective in the sentence ("In Tiflis hat die Polizei ..." is Georgia's police), else the
    nearest one in the two sentences before, else the state that clearly dominates the article so far
    (a report on protests names the state once, then only its police and ministries). Each institution
    found counts as context for the next. An owner after the noun ("die Armee Russlands", "die
    Regierung in Kiew") is read elsewhere. Rebels are placed like protesters, unless a named rebel
    group comes just before ("die Miliz" after "die Huthi"); a junta keeps the state it was first
    read with."""
    context = [c for c in candidates if _state_of(c)] + _adjective_states(doc, taken, index)
    found = []
    for i, token in enumerate(doc):
        protesters = PROTESTERS_DE.get(token.text) or REBELS_DE.get(token.text)
        sector = protesters or _institution_sector(token.text) or BARE_PLURAL_INSTITUTIONS_DE.get(token.text)
        if sector is None or i in taken:
            continue
        determiner = _determiner_start(doc, i) if i > 0 else None
        # not after a possessive: "seine Soldaten" are the owner's, read elsewhere
        bare_ok = (i == 0 or doc[i - 1].text not in POSSESSIVES_DE) and (
            token.text in BARE_PLURAL_INSTITUTIONS_DE
            or (protesters and token.text.endswith(("en", "er", "e")))
        )
        if not (determiner is not None or bare_ok) or _owner_follows(doc, i, taken):
            continue
        # protesters belong to where they are, not to who speaks of them ("Sprecher Miller verurteilte
        # die Gewalt gegen Demonstranten"): only places, adjectives and institutions locate them
        local = [c for c in context if _locates(c)] if protesters else context
        # a mission abroad ("vor der französischen Botschaft") names a foreign state present there
        local = [c for c in local if not _mission_abroad(c.span)]
        country = (
            _same_body_before(context, token.text, i)
            or (_named_rebels_before(context, i, sentence_of) if token.text in REBELS_DE else None)
            or _institution_state(local, i, sentence_of)
            or _dominant_state([c for c in context if c.span.end <= i])
        )
        if country is None:
            continue
        span = Span(doc, i if determiner is None else determiner, i + 1, label="ORG")
        # an actor of its own (not the one it was read from), named as written like an unnamed
        # office holder: a quote's speaker stays "die Polizei"
        actor = ActorRef(name=span.text, country=country, actor_code=f"{country}{sector}")
        found.append((span, actor))
        context.append(_Context(span, actor))
    return found


@dataclass
class _Context:
    """A span that tells which state a passage is about (a country adjective, an institution)."""

    span: Span
    actor: ActorRef


def _state_of(mention) -> str | None:
    """The state a mention belongs to (none for an IGO)."""
    actor = mention.actor
    if not actor.country or (actor.actor_code or "").startswith("IGO"):
        return None
    return actor.country


def _adjective_states(doc: Doc, taken: set[int], index) -> list[_Context]:
    """Country adjectives no actor took ("georgische Demonstranten"): they name the state too."""
    states = []
    for i, token in enumerate(doc):
        country = index.adjectives.get(token.text) if i not in taken and token.text[:1].islower() else None
        if country:
            states.append(_Context(doc[i : i + 1], ActorRef(name=token.text, country=country)))
    return states


def _owner_follows(doc: Doc, i: int, taken: set[int]) -> bool:
    """'die Regierung in Kiew', 'die Armee Russlands', 'die Polizei des Landes': the words after the
    noun name its owner. A preposition alone does not ("die Polizei in der Nacht")."""
    following = doc[i + 1].text if i + 1 < len(doc) else ""
    if i + 1 in taken and following.endswith("s"):
        return True
    if following not in OWNER_FOLLOWS:
        return False
    after = doc[i + 2 : i + 4]
    named = any(t.i in taken or t.ent_type_ in {"LOC", "GPE"} for t in after)
    return named or any(t.text in STATE_NOUNS_DE for t in after)


def _determiner_start(doc: Doc, i: int) -> int | None:
    """Where the article before noun i stands: right before it ("die Polizei") or before one
    adjective ("die staatliche Ombudsstelle", "der regionalen Polizei")."""
    if doc[i - 1].text in DETERMINERS_DE:
        return i - 1
    adjective = doc[i - 1].text.islower() and doc[i - 1].text.endswith(("e", "en"))
    if adjective and i >= 2 and doc[i - 2].text in DETERMINERS_DE:
        return i - 2
    return None


def _locates(mention) -> bool:
    """A place, a country adjective or an unnamed institution: where something happens."""
    return isinstance(mention, _Context) or getattr(mention, "place_name", False)


def _mission_abroad(span: Span) -> bool:
    """'die französische Botschaft', 'vor indischen Konsulaten': the state's mission in another one."""
    doc = span.doc
    words = [doc[span.end - 1].text] + ([doc[span.end].text] if span.end < len(doc) else [])
    return any(w.startswith(POSTED_ABROAD) for w in words)


def _institution_state(context: list, i: int, sentence_of: list[int]) -> str | None:
    """The state of the nearest context in the sentence, else in the two sentences before."""
    sentence = sentence_of[i]
    same = [c for c in context if sentence_of[c.span.start] == sentence]
    before = [c for c in same if c.span.end <= i]
    # after the noun an actor or place, not an adjective: "nahm die Polizei den deutschen Touristen fest"
    after = [c for c in same if c.span.start > i and not isinstance(c, _Context)]
    if before or after:
        nearest = max(before, key=lambda c: c.span.end) if before else min(after, key=lambda c: c.span.start)
        return _state_of(nearest)
    recent = [c for c in context if 0 < sentence - sentence_of[c.span.start] <= INSTITUTION_SENTENCE_WINDOW]
    if recent:
        return _state_of(max(recent, key=lambda c: c.span.end))
    return None


def _dominant_state(mentions: list) -> str | None:
    """The state named most often, if at least twice and at least twice as often as any other."""
    counts = Counter(_state_of(m) for m in mentions)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < DOMINANT_MIN_MENTIONS:
        return None
    if len(ranked) > 1 and ranked[0][1] < DOMINANCE_RATIO * ranked[1][1]:
        return None
    return ranked[0][0]


def _korean_halves(doc: Doc, taken: set[int], context: list) -> list[tuple[Span, ActorRef]]:
    """'bot dem Norden Hilfe an' in a story about Korea: German news names the two Korean states
    "der Norden" and "der Süden". Not "im Norden" or "den Norden des Landes": a region."""
    if not {"KOR", "PRK"} & {_state_of(c) for c in context}:
        return []
    found = []
    for i, token in enumerate(doc):
        state = KOREAN_HALVES.get(token.text)
        if state is None or i == 0 or i in taken or doc[i - 1].text.lower() not in {"der", "dem", "den"}:
            continue
        following = doc[i + 1].text if i + 1 < len(doc) else ""
        if following in OWNER_FOLLOWS or (i >= 2 and doc[i - 2].text.lower() in {"in", "aus", "nach"}):
            continue
        span = Span(doc, i - 1, i + 1, label="LOC")
        found.append((span, ActorRef(name=span.text, country=state, actor_code=state)))
    return found


def _same_body_before(context: list, word: str, i: int) -> str | None:
    """'die Junta' once read as Niger's stays Niger's when the summit of its neighbours follows: a
    state has one junta, so the word names the body an earlier mention named."""
    if word not in ONE_PER_STATE_DE:
        return None
    earlier = [c for c in context if c.span.end <= i and any(t.text == word for t in c.span)]
    return _state_of(max(earlier, key=lambda c: c.span.end)) if earlier else None


def _named_rebels_before(context: list, i: int, sentence_of: list[int]) -> str | None:
    """'die Miliz' after 'die Huthi' is that group, whose state is not that of the capital that
    speaks of it ("Teheran bestreitet, die Miliz zu beliefern")."""
    sentence = sentence_of[i]
    rebels = [
        c
        for c in context
        if c.span.end <= i
        and (c.actor.actor_code or "")[3:6] == "REB"
        and sentence - sentence_of[c.span.start] <= AGENT_GROUP_SENTENCE_WINDOW
    ]
    return _state_of(max(rebels, key=lambda c: c.span.end)) if rebels else None


def _institution_sector(word: str) -> str | None:
    for form in (word, word.removesuffix("s"), word.removesuffix("es"), word.removesuffix("n")):
        if form in STATE_INSTITUTIONS_DE:
            return STATE_INSTITUTIONS_DE[form]
    return None


def _agent_groups_en(
    doc: Doc, in_entity: set[int], mentions: list, sentence_of: list[int], kb
) -> list[Reference]:
    """'The rebels', 'the army', 'police', 'the government' without a country: the nearest earlier
    mention of the same sector ("Sudanese rebels") within three sentences. A state institution
    (government, army, police) with no such mention is the one of the nearest earlier state or
    national actor ("Kenya ... police": Kenya's police), as agency copy names the country first."""
    refs = []
    for i, token in enumerate(doc):
        if i in in_entity or not token.text.isalpha():
            continue
        sector = agent_sector_en(token.text.lower(), kb.agents_en)
        definite = i > 0 and doc[i - 1].lower_ == "the" and (i - 1) not in in_entity
        if sector is None or not (definite or token.lower_ == "police"):
            continue
        if i + 2 < len(doc) and doc[i + 1].lower_ == "of" and doc[i + 2].text[:1].isupper():
            continue  # "the president of Armenia": the owner follows
        if sector not in STATE_SECTORS and not definite:
            continue

        def near(m, i=i) -> bool:
            return (
                m.actor.country is not None
                and 0 <= sentence_of[i] - sentence_of[m.span.start] <= AGENT_GROUP_SENTENCE_WINDOW
            )

        def same_sector(m, sector=sector) -> bool:
            return near(m) and (m.actor.actor_code or "")[3:6] == sector

        start = i - 1 if definite else i
        antecedent = _nearest(mentions, start, same_sector)
        if antecedent:
            refs.append(Reference(Span(doc, start, i + 1), antecedent.actor, antecedent.span, None))
            continue
        country_mention = _nearest(mentions, start, near) if sector in STATE_SECTORS else None
        if country_mention:
            country = country_mention.actor.country
            actor = ActorRef(
                name=f"{country}: {token.lower_}", country=country, actor_code=f"{country}{sector}"
            )
            refs.append(Reference(Span(doc, start, i + 1), actor, country_mention.span, None))
    return refs


def _sentence_index(doc: Doc) -> list[int]:
    index = [0] * len(doc)
    if doc.has_annotation("SENT_START"):
        for n, sent in enumerate(doc.sents):
            for i in range(sent.start, sent.end):
                index[i] = n
    return index


def _role_phrases(doc: Doc, in_entity: set[int], mentions: list, index, kb):
    """(start, end, RoleWord) for 'der [russische] Außenminister', 'Pekings Chefdiplomat' not
    followed by a name."""
    person_starts = {m.span.start: m for m in mentions if m.span.label_ in {"PER", "PERSON"}}
    for i, token in enumerate(doc):
        role = parse_role_de(token.text)
        if role is None or role.plural or i in in_entity:
            continue
        if any(i < s <= i + 6 and (s == i + 1 or doc[s - 1].text == ",") for s in person_starts):
            continue  # an apposition ("der Botschafter in Belgien, Alexander ..."): the name carries the role
        start = i
        while (
            start > 0
            and i - start < 3
            and doc[start - 1].text not in DETERMINERS_DE
            # "der russische Außenminister", also a capital's adjective: "der Wiener Kanzler"
            and (doc[start - 1].text[:1].islower() or doc[start - 1].text in index.adjectives)
            and doc[start - 1].text.isalpha()
        ):
            start -= 1
        if start > 0 and doc[start - 1].text in DETERMINERS_DE:
            if doc[start - 1].text == "den" and token.text.endswith("en") and i == start:
                continue  # "den Diplomaten" is as often a dative plural as a singular
            yield start - 1, i + 1, role
        elif role.owner or (i and index.genitive_owner(doc[i - 1].text, kb)):
            yield i, i + 1, role  # "Kremlchef", "US-Präsident", "Irans Außenminister" without article


def _owner(doc: Doc, start: int, end: int, role, index, kb) -> tuple[str | None, bool]:
    """The country of a role phrase and whether it is only Germany by default: an adjective in it
    ("der österreichische Bundeskanzler") before the role word's own owner (a prefix, or Germany
    for "Bundeskanzler" in a German text)."""
    for k in range(start, end):
        country = index.adjectives.get(doc[k].text)
        if country:
            return country, False
    if start and not role.owner:
        country = index.genitive_owner(doc[start - 1].text, kb)
        if country:
            return country, False
    return role.owner, role.implicit_owner


def _resolve_role_phrase(doc, start, end, role, mentions, references, kb, index, date, lang):
    span = Span(doc, start, end)
    owner, implicit = _owner(doc, start, end, role, index, kb)
    holder_id = _incumbent_id(kb, owner, role.role, date)
    if holder_id:
        antecedent = _nearest(mentions, start, lambda m: m.actor.kb_id == holder_id, anywhere=True)
        if antecedent:
            return Reference(span, antecedent.actor, antecedent.span, antecedent.gender)
        if not implicit:
            return Span(doc, start, end, label="PER"), kb.actor_ref(holder_id, date, lang)
    compatible = COMPATIBLE_ROLES.get(role.base.removeprefix("Kreml")) or COMPATIBLE_ROLES.get(role.base)
    if doc[end : end + 2].text == "des Landes":
        compatible = None  # "den russischen Botschafter des Landes": the envoy to the country just named

    def agrees(m) -> bool:
        if m.span.label_ not in {"PER", "PERSON"}:
            return False
        if role.gender and _gender(m) and _gender(m) != role.gender:
            return False
        state_owner = owner and not owner.startswith("igo:")
        if state_owner and not implicit and not m.actor.country:
            return False  # "den iranischen Botschafter" is no earlier envoy of unknown country
        foreign = state_owner and m.actor.country and owner != m.actor.country
        # an implicit German owner yields to a named Austrian or Swiss holder ("Bundeskanzler Nehammer")
        if foreign and not (implicit and m.actor.country in SAME_OFFICE_NAMES_DE):
            return False
        if role.base.endswith("Politiker"):
            return True
        return compatible is not None and any(c in (m.actor.role or "") for c in compatible)

    antecedent = _nearest_subject_first([*mentions, *references], start, agrees)
    if antecedent:
        target = antecedent.antecedent if isinstance(antecedent, Reference) else antecedent.span
        return Reference(span, antecedent.actor, target, role.gender)
    if holder_id:  # a German office no earlier person holds: "der Kanzler" is the German incumbent
        return Span(doc, start, end, label="PER"), kb.actor_ref(holder_id, date, lang)
    if owner and (role.base in COREF_NOUNS_DE or role.owner or role.base not in ROLE_NOUNS_DE):
        # An office holder the text does not name ("den russischen Botschafter", "die
        # US-Top-Diplomatin", "der EU-Außenbeauftragte", a compound office: "der iranische
        # Atomchef"): a document actor of the state or IGO.
        name = doc[start:end].text
        igo = kb.actors.get(owner) if owner.startswith("igo:") else None
        sector = ROLE_SECTORS.get(role.role, "GOV")
        country, code = (None, igo["code"]) if igo else (owner, f"{owner}{sector}")
        return Span(doc, start, end, label="PER"), ActorRef(
            name=name, country=country, actor_code=code, role=role.role
        )
    return None


def _incumbent_id(kb, owner: str | None, role: str, date: str | None) -> str | None:
    if not owner or role not in INCUMBENT_ROLES:
        return None
    if owner.startswith("igo:"):
        key = IGO_ROLE_NAMES.get((owner, role))
        return kb.incumbent("IGO", key, date) if key else None
    holders = (kb.incumbent(owner, office, date) for office in OFFICES_OF_ROLE.get(role, (role,)))
    return next((h for h in holders if h), None)


SUBJECT_DEPS = {"nsubj", "nsubj:pass", "sb"}


def _nearest_subject_first(candidates, position: int, accept):
    """The nearest agreeing candidate, or a subject of that candidate's sentence before it: "Selenskyj
    reiste nach Paris, wo er mit Präsident Macron sprach. Er warf ..." - the topic is the subject."""
    nearest = _nearest(candidates, position, accept)
    if nearest is None or not nearest.span.doc.has_annotation("DEP"):
        return nearest
    sentence = nearest.span[0].sent
    subjects = [
        c
        for c in candidates
        if sentence.start <= c.span.start
        and c.span.end <= position
        and c.span.root.dep_ in SUBJECT_DEPS
        and accept(c)
    ]
    if nearest.span.root.dep_ in SUBJECT_DEPS or not subjects:
        return nearest
    return max(subjects, key=lambda c: c.span.end)


def _nearest(candidates, position: int, accept, anywhere: bool = False):
    before = [c for c in candidates if c.span.end <= position and accept(c)]
    if before:
        return max(before, key=lambda c: c.span.end)
    if anywhere:
        after = [c for c in candidates if c.span.start >= position and accept(c)]
        return min(after, key=lambda c: c.span.start) if after else None
    return None


def _plural_context(doc: Doc, i: int, lang: str) -> bool:
    """'sie haben', 'müssen sie': a plural 'sie' (the verb next to it ends in -en)."""
    if lang != "de":
        return False  # English he/she are singular
    neighbours = [doc[j].text for j in (i - 1, i + 1) if 0 <= j < len(doc)]
    return (
        any(w.islower() and w.endswith("en") for w in neighbours)
        or doc[i].text == "Sie"
        and i > 0
        and doc[i - 1].text not in {".", "\n\n", "„", '"', "«", "»"}
    )


def _resolve_pronoun(doc, i, gender, mentions, references, sentence_of) -> Reference | None:
    sentence = sentence_of[i]

    window = OBJECT_PRONOUN_WINDOW if doc[i].text in OBJECT_PRONOUNS else PRONOUN_SENTENCE_WINDOW

    def agrees(m) -> bool:
        if sentence - sentence_of[m.span.start] > window:
            return False
        if isinstance(m, Reference):
            return m.gender == gender and m.antecedent.label_ in {"PER", "PERSON"}
        if m.span.label_ in {"PER", "PERSON"}:
            found = _gender(m)
            return found == gender or (found is None and gender == "m")
        # "der Kreml ... wird er": the Kremlin as subject, not the place ("im Kreml")
        return (
            gender == "m"
            and m.span.text in MASCULINE_ACTOR_ALIASES
            and m.span.start > 0
            and doc[m.span.start - 1].text in {"der", "Der"}
        )

    antecedent = _nearest_subject_first([*mentions, *references], i, agrees)
    if antecedent is None:
        return None
    target = antecedent.antecedent if isinstance(antecedent, Reference) else antecedent.span
    return Reference(Span(doc, i, i + 1), antecedent.actor, target, gender)
