"""When an event happened, as the sentence says: shared by the coder and the anaphora stage."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from lagebild.pipeline.annotations import TIMEX_SPANS
from lagebild.records import is_iso_date


def clause_date(head: Token, sentence: Span, doc: Doc) -> str | None:
    """A calendar date the sentence gives, the one in `head`'s clause first."""
    in_clause = {t.i for t in head.subtree}
    best = None
    for span in doc.spans.get(TIMEX_SPANS, []):
        info = span._.timex
        if span.start < sentence.start or span.end > sentence.end or info is None or info.type != "DATE":
            continue
        if info.value and is_iso_date(info.value):
            if span.start in in_clause:
                return info.value
            best = best or info.value
    return best
