""" "Beide Seiten beschuldigen sich gegenseitig", "Israel und die Hamas werfen einander Verstöße vor",
"tauschten beide Länder Gefangene aus": two subjects acting on each other. Whatever the root, a
reciprocal adverb (or an exchange verb) makes each subject the other's target, both directions;
the rows of `meetings.mutual_sides` cover only meetings, agreements and cooperation."""

from __future__ import annotations

from spacy.tokens import Span

from lagebild.events.arguments import clause_tokens
from lagebild.events.meetings import EXCHANGES
from lagebild.events.targets_camps import camp_of
from lagebild.events.triggers import Trigger

RECIPROCAL_ADVERBS = {"gegenseitig", "einander", "wechselseitig", "untereinander"}


def each_other(trigger: Trigger, sources: list[Span]) -> list[tuple[Span, Span]]:
    """Both directions between two sources of different camps that act on each other; else none."""
    if len(sources) != 2 or None in (camp_of(sources[0]), camp_of(sources[1])):
        return []
    if camp_of(sources[0]) == camp_of(sources[1]):
        return []
    marked = any(t.lower_ in RECIPROCAL_ADVERBS for t in clause_tokens(trigger.token))
    if not marked and trigger.entry.lemma not in EXCHANGES:
        return []
    first, second = sources
    return [(first, second), (second, first)]
