"""Events that rules derive from a single word of a sentence (a joint exercise, prior negotiations, a
verdict's predicate) rather than from a lexicon trigger: asserted, the word as trigger, its sentence as
evidence."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.pipeline.annotations import EventInfo


def word_event(
    word: Token, code: str, confidence: float, source: Span, target: Span | None, date: str | None = None
) -> EventInfo:
    """An asserted event named by `word`, dated `date` or else the article's date."""
    doc = word.doc
    return EventInfo(
        code=code,
        modality="asserted",
        trigger=doc[word.i : word.i + 1],
        evidence=word.sent,
        confidence=confidence,
        source=source,
        target=target,
        date=date or doc._.article_date,
    )
