""" "Beide Seiten beschuldigen sich gegenseitig", "Israel und die Hamas werfen einander Verstöße vor",
"tauschten beide Länder Gefangene aus": two subjects acting on each other. Whatever the root, a
reciprocal adverb (or an exchange verb) makes each subject the other's target, both directions;
the rows of `meetings.mutual_sides` cover only meetings, agreements and cooperation."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import clause_tokens
from lagebild.events.meetings import EXCHANGES
from lagebild.events.targets_camps import camp_of
from lagebild.events.triggers import Trigger

RECIPROCAL_ADVERBS = {"gegenseitig", "einander", "wechselseitig", "untereinander"}
# the parts of speech of a predicative the verb governs as its complement ("gegenseitig verantwortlich
# gemacht"): no clause of its own, so its adverbs are the verb's
PREDICATIVE_POS = {"ADJ", "ADV"}


def each_other(trigger: Trigger, sources: list[Span]) -> list[tuple[Span, Span]]:
    """Both directions between two sources of different camps that act on each other; else none."""
    if len(sources) != 2 or None in (camp_of(sources[0]), camp_of(sources[1])):
        return []
    if camp_of(sources[0]) == camp_of(sources[1]):
        return []
    marked = any(t.lower_ in RECIPROCAL_ADVERBS for t in _clause_and_predicatives(trigger.token))
    if not marked and trigger.entry.lemma not in EXCHANGES:
        return []
    first, second = sources
    return [(first, second), (second, first)]


def _clause_and_predicatives(verb: Token) -> list[Token]:
    """The verb's clause with the words of its predicative complements ("machten sich gegenseitig
    verantwortlich", the adverb hung on the adjective the parse calls xcomp)."""
    predicatives = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in PREDICATIVE_POS]
    return [*clause_tokens(verb), *(t for p in predicatives for t in p.subtree)]
