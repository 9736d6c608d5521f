"""A target filled in where the coder found none: for acts that are nearly always done to someone
(force, assault, accusations, appeals, inquiries), the state the text was just talking about.

A feasibility count over the tuning banks found that, for these roots, the gold target left out of
the sentence is most often the other state mentioned most in the two sentences before; for threats,
protests and statements of intent (roots 17, 08, 04) the gold has no target, so they get none. A show of
force (15) mostly has none either, but one made at a border that names no neighbour faces the state
across it, which the text was just talking about (`border_neighbours`)."""

from __future__ import annotations

from spacy.tokens import Span

from lagebild.events.arguments import IGO_PREFIX, ActorIndex, most_named, side_of
from lagebild.events.border_neighbours import at_an_unnamed_border
from lagebild.events.context_targets import context_start
from lagebild.events.targets_both_sides import addresses_both_sides
from lagebild.events.triggers import Trigger

# 02 appeal, 09 investigate, 11 disapprove, 19 fight, 20 mass violence
FILLED_ROOTS = frozenset({"02", "09", "11", "19", "20"})
PREVIOUS_SENTENCES = 2


def filled_target(trigger: Trigger, source: Span, sentence: Span, actors: ActorIndex) -> Span | None:
    """The state other than the source's own named most often in the two sentences before (the
    latest mention on a tie), for a root where the act needs a target; None otherwise."""
    needs_target = trigger.entry.code[:2] in FILLED_ROOTS or at_an_unnamed_border(trigger)
    if not needs_target or addresses_both_sides(trigger.token, actors):
        return None  # "rief beide Seiten zur Zurückhaltung auf": no single side to guess
    own = side_of(source)
    named: dict[tuple[int, int], Span] = {}
    for i in range(context_start(sentence, PREVIOUS_SENTENCES), sentence.start):
        span = actors.by_token.get(i)
        state = side_of(span) if span is not None else None
        if state is not None and state != own and not state.startswith(IGO_PREFIX):
            named[(span.start, span.end)] = span
    state = most_named((side_of(span), span.start) for span in named.values())
    # the latest mention of that state stands for it
    return next((span for span in reversed(named.values()) if side_of(span) == state), None)
