"""Non-name references to actors within a document: role phrases ("der russische Außenminister",
"die Ministerin", "der Norweger") and person pronouns (er/sie/ihn/ihm; he/she/him/her).

Each resolved reference goes into `doc.spans[ACTOR_REF_SPANS]` with `span._.actor` and
`span._.antecedent` (an entity span in `doc.ents`). A role phrase naming an office whose holder is
not mentioned by name becomes an entity of its own (the KB incumbent, or a document actor).
Antecedents are the nearest earlier mention that agrees in gender, role and country, within the
current and the two previous sentences (pronouns) or the whole document (role phrases).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from lagebild.kb.curated import FEMALE_FIRST_NAMES
from lagebild.pipeline.actor_lexicon import (
    COREF_NOUNS_DE,
    DETERMINERS_DE,
    IGO_ROLE_NAMES,
    INCUMBENT_ROLES,
    MASCULINE_ACTOR_ALIASES,
    PRONOUNS_DE,
    PRONOUNS_EN,
    parse_role_de,
)
from lagebild.pipeline.annotations import ACTOR_REF_SPANS, ActorRef

PRONOUN_SENTENCE_WINDOW = 3
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
    if new_entities:
        doc.ents = sorted([*doc.ents, *(s for s, _ in new_entities)], key=lambda s: s.start)
        for span, actor in new_entities:
            ent = next(e for e in doc.ents if (e.start, e.end) == (span.start, span.end))
            ent._.actor = actor
    if lang == "de":
        references += _demonym_persons(doc, in_entity, mentions, index)
    pronouns = PRONOUNS_DE if lang == "de" else PRONOUNS_EN
    for i, token in enumerate(doc):
        gender = pronouns.get(token.text)
        if gender is None or i in in_entity or (gender == "f" and _plural_context(doc, i, lang)):
            continue
        ref = _resolve_pronoun(doc, i, gender, mentions, references, sentence_of)
        if ref:
            references.append(ref)
    spans = []
    for ref in sorted(references, key=lambda r: r.span.start):
        ref.span._.actor = ref.actor
        ref.span._.antecedent = ref.antecedent
        spans.append(ref.span)
    doc.spans[ACTOR_REF_SPANS] = spans


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


def _owner(doc: Doc, start: int, end: int, role, index) -> str | None:
    if role.owner:
        return role.owner
    for k in range(start, end):
        country = index.adjectives.get(doc[k].text)
        if country:
            return country
    return None


def _resolve_role_phrase(doc, start, end, role, mentions, references, kb, index, date, lang):
    span = Span(doc, start, end)
    owner = _owner(doc, start, end, role, index)
    holder_id = _incumbent_id(kb, owner, role.role, date)
    if holder_id:
        antecedent = _nearest(mentions, start, lambda m: m.actor.kb_id == holder_id, anywhere=True)
        if antecedent:
            return Reference(span, antecedent.actor, antecedent.span, antecedent.gender)
        return Span(doc, start, end, label="PER"), kb.actor_ref(holder_id, date, lang)
    compatible = COMPATIBLE_ROLES.get(role.base.removeprefix("Kreml")) or COMPATIBLE_ROLES.get(role.base)
    if doc[end : end + 2].text == "des Landes":
        compatible = None  # "den russischen Botschafter des Landes": the envoy to the country just named

    def agrees(m) -> bool:
        if m.span.label_ not in {"PER", "PERSON"}:
            return False
        if role.gender and _gender(m) and _gender(m) != role.gender:
            return False
        if owner and m.actor.country and owner != m.actor.country and not owner.startswith("igo:"):
            return False
        if role.base.endswith("Politiker"):
            return True
        return compatible is not None and any(c in (m.actor.role or "") for c in compatible)

    antecedent = _nearest([*mentions, *references], start, agrees)
    if antecedent:
        target = antecedent.antecedent if isinstance(antecedent, Reference) else antecedent.span
        return Reference(span, antecedent.actor, target, role.gender)
    if owner and not owner.startswith("igo:") and role.base in COREF_NOUNS_DE:
        # An office holder the text does not name ("den russischen Botschafter"): a document actor.
        name = doc[start:end].text
        return Span(doc, start, end, label="PER"), ActorRef(
            name=name, country=owner, actor_code=f"{owner}GOV", role=role.role
        )
    return None


def _incumbent_id(kb, owner: str | None, role: str, date: str | None) -> str | None:
    if not owner or role not in INCUMBENT_ROLES:
        return None
    if owner.startswith("igo:"):
        key = IGO_ROLE_NAMES.get((owner, role))
        return kb.incumbent("IGO", key, date) if key else None
    return kb.incumbent(owner, role, date)


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
