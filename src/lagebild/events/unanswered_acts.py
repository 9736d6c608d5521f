"""Leaving an act unanswered is giving no answer: "ließ das Ersuchen unbeantwortet", "hat die Anfrage
bislang unbeantwortet gelassen" report that no reply came, so the side that stayed silent did nothing
to the one that asked. Only the litotes "nicht unbeantwortet lassen" (two negations) promises an
answer, the reprisal the lexicon's 160 rows of "lassen" and "bleiben" code ("werde nicht folgenlos
bleiben"); without its "nicht" the row codes no act. Only those rows: "nannte die Absage folgenlos" is a
judgement with an act of its own."""

from __future__ import annotations

from spacy.tokens import Token

from lagebild.events.codebook import REDUCING_ROOT
from lagebild.events.modality_words import NEGATIONS
from lagebild.events.negation_scope import LITOTES, has_negation
from lagebild.pipeline.annotations import EventInfo


def without_unanswered_acts(events: list[EventInfo]) -> list[EventInfo]:
    """Drop the answer of a verb that leaves its object unanswered, unpunished or unreturned."""
    return [e for e in events if not (e.code.startswith(REDUCING_ROOT) and _left_unanswered(e.trigger.root))]


def _left_unanswered(verb: Token) -> bool:
    adjectives = [c for c in verb.children if LITOTES.match(c.text)]
    if not adjectives:
        return False  # asked of every event: the negation search, the costly part, only where it matters
    negated = has_negation(verb, verb) or any(t.lower_ in NEGATIONS for a in adjectives for t in a.children)
    return not negated
