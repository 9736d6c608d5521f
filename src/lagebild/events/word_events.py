"""Events that rules derive from a single word of a sentence (a joint exercise, prior negotiations, a
verdict's predicate) rather than from a lexicon trigger: asserted unless the rule reads another modality,
the word as trigger, its sentence as evidence."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import side_of
from lagebild.pipeline.annotations import EventInfo


def word_event(
    word: Token,
    code: str,
    confidence: float,
    source: Span,
    target: Span | None,
    date: str | None = None,
    modality: str = "asserted",
) -> EventInfo:
    """An event named by `word`, asserted unless told otherwise, dated `date` or else the article's date."""
    doc = word.doc
    return EventInfo(
        code=code,
        modality=modality,
        trigger=doc[word.i : word.i + 1],
        evidence=word.sent,
        confidence=confidence,
        source=source,
        target=target,
        date=date or doc._.article_date,
    )


def coded_between(events: list[EventInfo], root: str, source: Span, target: Span) -> bool:
    """Whether one of `events` has root `root` from `source`'s side to `target`'s side: the rules that
    add an event check it so as not to code what the sentence codes already."""
    return any(
        e.code.startswith(root)
        and side_of(e.source) == side_of(source)
        and side_of(e.target) == side_of(target)
        for e in events
    )


def new_between(events: list[EventInfo], root: str, source: Span, target: Span) -> bool:
    """Whether an event of `root` from `source` to `target` would be new: the target is of a state
    other than the source's, and no one of `events` joins the two sides with that root yet."""
    return side_of(target) not in (None, side_of(source)) and not coded_between(events, root, source, target)


def new_word_events(
    word: Token,
    code: str,
    confidence: float,
    sources: list[Span],
    targets: list[Span],
    known: list[EventInfo],
    modality: str = "asserted",
) -> list[EventInfo]:
    """The events of `code` named by `word` from each source to each target, where one of its root
    between the two would be new (`new_between`) beside `known` and those made before it."""
    made: list[EventInfo] = []
    for source in sources:
        for target in targets:
            if new_between(known + made, code[:2], source, target):
                made.append(word_event(word, code, confidence, source, target, modality=modality))
    return made
