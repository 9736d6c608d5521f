"""Critics placed by where they are: "Kritiker in Warschau werfen Brüssel vor", "Kritiker in
Ankara werfen Athen vor". The bare noun is too vague to take a side from the passage (`VAGUE_PEOPLE_DE`), but
the capital or state right after "in" says whose people speak, and the gold codes them as that state
(bare, or its opposition where they attack their own government). Only critics who act, as the subject,
are read so: "die Sorgen der Kritiker in Warschau" makes no one a side."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from lagebild.pipeline.actor_civic_groups import SINGULAR_ARTICLES_DE
from lagebild.pipeline.actor_lexicon import DETERMINERS_DE
from lagebild.pipeline.annotations import ActorRef
from lagebild.pipeline.word_classes import LOCATIVE_PREPOSITIONS_DE, SUBJECT_DEPS

CRITICS_DE = frozenset({"Kritiker", "Regierungskritiker"})


def located_critics(doc: Doc, taken: set[int], clues: list) -> list[tuple[Span, ActorRef]]:
    """The subject "Kritiker" followed by "in <place>" as an actor of the place's state; `clues`:
    mentions and places with a span and an actor."""
    countries = {c.span.start: c.actor.country for c in clues if c.actor.country}
    found = []
    for i, token in enumerate(doc[:-2]):
        if token.text not in CRITICS_DE or i in taken or token.dep_ not in SUBJECT_DEPS:
            continue
        # "der Kritiker in Warschau" is one man the article named before, not a group of its own
        if i and doc[i - 1].lower_ in SINGULAR_ARTICLES_DE or doc[i + 1].text not in LOCATIVE_PREPOSITIONS_DE:
            continue
        place = i + 3 if doc[i + 2].text in DETERMINERS_DE else i + 2  # "in den USA", "in der Ukraine"
        country = countries.get(place)
        if country:
            span = Span(doc, i, i + 1, label="ORG")
            found.append((span, ActorRef(name=token.text, country=country, actor_code=country)))
    return found
