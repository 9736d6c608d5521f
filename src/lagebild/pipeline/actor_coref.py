"""Non-name references to actors within a document: role phrases ("der russische Außenminister",
"die Ministerin", "der Norweger"), person pronouns (er/sie/ihn/ihm; he/she/him/her) and definite
groups ("die Diplomaten" after "40 russische Diplomaten").

Each resolved reference goes into `doc.spans[ACTOR_REF_SPANS]` with `span._.actor` and
`span._.antecedent` (an entity span in `doc.ents`). A role phrase naming an office whose holder is
not mentioned by name becomes an entity of its own (the KB incumbent, or a document actor), and so
does a possessive phrase for a state ("sein Land" after Morawiecki is Poland).
Antecedents are the nearest earlier mention that agrees in gender, role and country, within the
current and the two previous sentences (pronouns) or the whole document (role phrases).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from lagebild.kb.curated import FEMALE_FIRST_NAMES
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
    "Verteidigungsminister": ("defence minister",),
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


def resolve_references(doc: Doc, mentions: list, kb, index, date: str | None, lang: str) -> None:
    sentence_of = _sentence_index(doc)
    references: list[Reference] = []
    new_entities = []
    in_entity = {i for e in doc.ents for i in range(e.start, e.end)}
    if lang == "de":
        for start, end, role in _role_phrases(doc, in_entity, mentions):
            ref = _resolve_role_phrase(doc, start, end, role, mentions, references, kb, index, date, lang)
            if isinstance(ref, Reference):
                references.append(ref)
            elif ref is not None:
                new_entities.append(ref)
    _add_entities(doc, new_entities)
    if lang == "de":
        references += _demonym_persons(doc, in_entity, mentions, index)
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


def _role_phrases(doc: Doc, in_entity: set[int], mentions: list):
    """(start, end, RoleWord) for 'der [russische] Außenminister' not followed by a name."""
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
            and doc[start - 1].text[:1].islower()
            and doc[start - 1].text.isalpha()
        ):
            start -= 1
        if start > 0 and doc[start - 1].text in DETERMINERS_DE:
            if doc[start - 1].text == "den" and token.text.endswith("en") and i == start:
                continue  # "den Diplomaten" is as often a dative plural as a singular
            yield start - 1, i + 1, role
        elif role.owner:
            yield i, i + 1, role  # "Kremlchef", "US-Präsident" without article


def _owner(doc: Doc, start: int, end: int, role, index) -> tuple[str | None, bool]:
    """The country of a role phrase and whether it is only Germany by default: an adjective in it
    ("der österreichische Bundeskanzler") before the role word's own owner (a prefix, or Germany
    for "Bundeskanzler" in a German text)."""
    for k in range(start, end):
        country = index.adjectives.get(doc[k].text)
        if country:
            return country, False
    return role.owner, role.implicit_owner


def _resolve_role_phrase(doc, start, end, role, mentions, references, kb, index, date, lang):
    span = Span(doc, start, end)
    owner, implicit = _owner(doc, start, end, role, index)
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
        foreign = owner and m.actor.country and owner != m.actor.country and not owner.startswith("igo:")
        # an implicit German owner yields to a named Austrian or Swiss holder ("Bundeskanzler Nehammer")
        if foreign and not (implicit and m.actor.country in SAME_OFFICE_NAMES_DE):
            return False
        if role.base.endswith("Politiker"):
            return True
        return compatible is not None and any(c in (m.actor.role or "") for c in compatible)

    antecedent = _nearest([*mentions, *references], start, agrees)
    if antecedent:
        target = antecedent.antecedent if isinstance(antecedent, Reference) else antecedent.span
        return Reference(span, antecedent.actor, target, role.gender)
    if holder_id:  # a German office no earlier person holds: "der Kanzler" is the German incumbent
        return Span(doc, start, end, label="PER"), kb.actor_ref(holder_id, date, lang)
    if owner and (role.base in COREF_NOUNS_DE or role.owner):
        # An office holder the text does not name ("den russischen Botschafter", "die
        # US-Top-Diplomatin", "der EU-Außenbeauftragte"): a document actor of the state or IGO.
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

    antecedent = _nearest([*mentions, *references], i, agrees)
    if antecedent is None:
        return None
    target = antecedent.antecedent if isinstance(antecedent, Reference) else antecedent.span
    return Reference(Span(doc, i, i + 1), antecedent.actor, target, gender)
