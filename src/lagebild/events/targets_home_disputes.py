"""Acts within a dispute at home. Where the latest exchange just before that involves the source's
state was between two actors of that state ("Die Opposition warf der Regierung Wahlbetrug vor"),
an act of the source that names no one answers that dispute ("Einen Rücktritt schloss der Präsident
aus", "Milei kündigte an, an seinem Kurs festzuhalten", "Menschenmengen plünderten die Residenz"):
its target is the source's own state, not nobody. Measured on the tuning sets: such targetless acts
(denials and rejected criticism aside) were coded as aimed at their own state far more often than
left without a target."""

from __future__ import annotations

from spacy.tokens import Span

from lagebild.events.arguments import own_state, side_of, stand_in, state_ref
from lagebild.events.codebook import STATEMENT_ROOT, VIOLENCE_ON_PEOPLE_ROOTS
from lagebild.events.targets_camps import AT_HOME
from lagebild.events.triggers import Trigger
from lagebild.pipeline.annotations import EventInfo

GOVERNMENT = "GOV"


def home_dispute_target(trigger: Trigger, source: Span, context: list[EventInfo]) -> Span | None:
    """The source's own state (a stand-in on the trigger) where the latest event before involving
    its side was an exchange at home; None otherwise."""
    if trigger.entry.code[:2] == STATEMENT_ROOT:
        # a comment, a warning or declining to say ("ließ offen, ob …", "warnt vor einem Zerfall")
        # answers no one: the gold codes it without a target
        return None
    state = own_state(source)
    if state is None:
        return None
    side = side_of(source)
    for earlier in reversed(context):
        if earlier.code[:2] in VIOLENCE_ON_PEOPLE_ROOTS:
            continue  # the people killed or assaulted are victims, not a party the next act answers
        sides = {side_of(s) if s is not None else None for s in (earlier.source, earlier.target)}
        if side not in sides:
            continue
        if sides != {side}:
            return None  # the source's side last dealt with another state, or with no one named
        home = state_ref(trigger.token.text, state, GOVERNMENT, role=AT_HOME)
        return stand_in(trigger.token.doc, trigger.token.i, trigger.token.i + 1, home)
    return None
