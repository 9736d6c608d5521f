"""A quotation as the rules find it, before its speaker is resolved to an actor."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from lagebild.pipeline.quotes.cues import Cue
from lagebild.pipeline.segmentation import doc_text

DIRECT = "direct"
INDIRECT = "indirect"


@dataclass
class FoundQuote:
    span: Span  # the quoted or reported words, without quotation marks
    kind: str
    cue: Cue | None  # None for a quote that continues the previous speaker's words
    speaker: Span | None  # the speaker phrase as written ("er", "der Diplomat", "Lawrow")
    cue_phrase: Span | None = None  # "laut", "zufolge", "nach Angaben", "according to"


def trim(doc: Doc, start: int, end: int, lang: str, skip: frozenset[str] = frozenset()) -> Span | None:
    """[start, end) without surrounding punctuation, spaces and an opening complementiser."""
    while start < end and (doc[start].is_punct or doc[start].is_space or doc[start].lower_ in skip):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return doc[start:end] if end > start else None


def in_same_paragraph(doc: Doc, first: Span, second: Span) -> bool:
    between = doc_text(doc)[first.end_char : second.start_char]
    return "\n\n" not in between and "\n \n" not in between
