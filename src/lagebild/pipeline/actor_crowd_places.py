"""Where protesters and a country's civic groups are from, told by their own sentence: only by where it
says they are, not by the states it names after them.

What a crowd or an opposition names after it in its sentence is what it protests against or asks of
("Die Demonstranten warfen der EU vor, Ankaras Wünschen nachzugeben", "Die Menge forderte von Moskau,
seine Truppen abzuziehen"): a foreign state, hardly ever its own. A place after "in" is where it
gathers ("versammelten sich Hunderte vor dem Rathaus in Minsk") and still says whose it is.
"""

from __future__ import annotations

from spacy.tokens import Span

from lagebild.pipeline.actor_body_patients import DETERMINERS
from lagebild.pipeline.actor_passage import locates
from lagebild.pipeline.word_classes import LOCATIVE_PREPOSITIONS_DE

# What may stand between the preposition and the place: "in der Hauptstadt Tiflis".
SITE_FILLERS_DE = DETERMINERS | {"Hauptstadt", "Stadt", "Provinz", "Region"}


def clues_placing_crowd(clues: list, i: int, sentence_of: list[int]) -> list:
    """The clues that may place the crowd or group at token i: those before it or in other sentences,
    and after it only a place where its sentence says it is."""
    return [
        c
        for c in clues
        if c.span.start < i
        or sentence_of[c.span.start] != sentence_of[i]
        or (locates(c) and _at_site(c.span))
    ]


def _at_site(span: Span) -> bool:
    """The place is named after "in"/"im", with at most an article and a place noun between."""
    doc = span.doc
    k = span.start - 1
    while k >= 0 and span.start - k <= 3 and doc[k].text in SITE_FILLERS_DE:
        k -= 1
    return k >= 0 and span.start - k <= 3 and doc[k].text in LOCATIVE_PREPOSITIONS_DE
