"""When an event happened, as the sentence says: shared by the coder and the anaphora stage."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from lagebild.events.event_clauses import clause_verb
from lagebild.pipeline.annotations import TIMEX_SPANS
from lagebild.records import is_iso_date


def clause_date(head: Token, sentence: Span, doc: Doc) -> str | None:
    """A calendar date the sentence gives, the one in `head`'s clause first; else one of a clause that
    governs it or that it is coordinated after ("Am Montag traf er X und unterzeichnete …"). A date in
    a conjunct or clause of its own does not date this one: in "erklärte, sein Land stehe an der Seite
    Kiews, und kündigte für April einen Besuch an" April is the visit's, not the support's."""
    in_clause = {t.i for t in head.subtree}
    best = None
    for span in doc.spans.get(TIMEX_SPANS, []):
        info = span._.timex
        if span.start < sentence.start or span.end > sentence.end or info is None or info.type != "DATE":
            continue
        if info.value and is_iso_date(info.value):
            if span.start in in_clause:
                return info.value
            if best is None and _shared_by(span, head):
                best = info.value
    return best


def _shared_by(span: Span, head: Token) -> bool:
    """Whether the clause holding the timex is `head`'s governor (or a conjunct before it, which the
    parse makes its head): a timex in a later conjunct or another branch belongs to that clause."""
    owner = clause_verb(span.root)
    return owner.i == head.i or owner.is_ancestor(head)
