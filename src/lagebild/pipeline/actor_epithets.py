"""A person named again by nationality or age ("der Norweger", "die 45-Jährige")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from lagebild.pipeline.actor_references import PRONOUN_SENTENCE_WINDOW, Reference, gender_of, nearest_mention
from lagebild.pipeline.word_classes import PERSON_LABELS

# "der 69-Jährige", "die 45-Jährige", "des 69-Jährigen": a person by age. (determiner, ends in -n)
# -> gender; "der 45-Jährigen" (genitive or dative feminine, or plural) is left alone.
AGE_NOUN = re.compile(r"\d+-[Jj]ährige[nmr]?")
AGE_DETERMINER_GENDERS = {("der", False): "m", ("die", False): "f", ("des", True): "m", ("dem", True): "m",
                          ("den", True): "m"}  # fmt: skip


def demonym_persons(
    doc: Doc, in_entity: set[int], mentions: list, index, matches: list | None = None
) -> list[Reference]:
    """'erklärte der Norweger': the nearest earlier person of that nationality. `matches`: the doc's
    alias matches if the caller has them (matching the whole doc again is a tenth of the actor stage)."""
    refs = []
    for match in index.match(doc) if matches is None else matches:
        if match.start == 0 or doc[match.start - 1].text not in {"der", "dem", "des", "Der"}:
            continue
        if match.start in in_entity or match.kind not in {"demonym", "demonym_person"}:
            continue
        country = index.kb.actors[match.actor_ids[0]]["country"]
        same_country = [m for m in mentions if m.span.label_ == "PER" and m.actor.country == country]
        antecedent = nearest_mention(same_country, match.start, lambda m: True)
        if antecedent:
            refs.append(
                Reference(Span(doc, match.start - 1, match.end), antecedent.actor, antecedent.span, "m")
            )
    return refs


def age_references(doc: Doc, in_entity: set[int], mentions: list, sentence_of: list[int]) -> list[Reference]:
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
            found = gender_of(m)
            recent = sentence_of[i] - sentence_of[m.span.start] <= PRONOUN_SENTENCE_WINDOW
            return m.span.label_ in PERSON_LABELS and recent and (found == gender or found is None)

        antecedent = nearest_mention(mentions, i - 1, agrees)
        if antecedent:
            span = Span(doc, i - 1, i + 1)
            refs.append(Reference(span, antecedent.actor, antecedent.span, gender))
    return refs
