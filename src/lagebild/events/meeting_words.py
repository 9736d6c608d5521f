"""Which acts are visits and mediations, and who hosts a meeting named by a noun: what the source
finder (`sources.py`) needs of meetings, kept apart so that `meetings.py` may use the source finder."""

from __future__ import annotations

from spacy.tokens import Span

from lagebild.events.arguments import ActorIndex, preposition_of, same_actor
from lagebild.events.codebook import MEETING_ROOT
from lagebild.events.triggers import Trigger

# where a meeting is the setting of what is said or done: "in einem Telefonat", "bei einem Treffen"
MEETING_SETTINGS = {"in", "im", "bei", "beim", "während", "am"}  # "am Telefon"

VISIT_CODES = {"042"}  # the target of a visit is where it goes, wherever the lexicon row points
MEDIATION = "045"  # the mediator is the subject; the two parties "zwischen" are whom it mediates with


def is_visit(trigger: Trigger) -> bool:
    return trigger.entry.code in VISIT_CODES


def is_visit_noun(trigger: Trigger) -> bool:
    return trigger.entry.kind == "N" and is_visit(trigger)


def meeting_host(trigger: Trigger, actors: ActorIndex) -> Span | None:
    """A meeting named as a noun with its guest ("das Gipfeltreffen mit Joe Biden") is the meeting of
    the actor the sentence is about: the nearest one before it that is not the guest."""
    token = trigger.token
    guests = [c for c in token.children if preposition_of(c) == "mit"]
    if not trigger.entry.code.startswith(MEETING_ROOT) or not guests:
        return None
    guest = actors.of_phrase(guests[0])
    for i in range(token.i - 1, token.sent.start - 1, -1):
        span = actors.by_token.get(i)
        if span is not None and (guest is None or not same_actor(span, guest)):
            return span
    return None
