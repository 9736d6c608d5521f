"""An act named in the "auf" phrase of a verb of answering is the other side's, aimed at the one who
answers: "Peking hat auf Trumps Drohung bislang nicht reagiert" is Trump's threat against Peking
(USA → CHN), not Peking's. `trigger_objects` keeps such a noun from making the verb the act; coded as
its own event, the act whose phrase names no target of its own was aimed at the subject of the verb."""

from __future__ import annotations

from spacy.tokens import Span

from lagebild.events.arguments import ActorIndex, first_conjunct, side_of, subject_of
from lagebild.events.codebook import FORCE_POSTURE_ROOT, FORCE_ROOTS
from lagebild.events.event_clauses import VERBAL_POS
from lagebild.events.trigger_objects import answered_phrase
from lagebild.events.triggers import Trigger

# force and shows of force are aimed where their own phrase places them, or are too little to code:
# "Wie reagiert Moskau auf die deutsche Offensive in Zentralasien?", "werde auf jede Stationierung
# amerikanischer Raketen antworten" (any deployment to come, aimed at no one yet)
UNAIMED_BY_THE_ANSWER = FORCE_ROOTS | {FORCE_POSTURE_ROOT}


def answerer(trigger: Trigger, source: Span, actors: ActorIndex) -> Span | None:
    """The actor who answers the act noun `trigger`, where the noun is in the "auf" phrase of a verb
    of answering and that actor is of another side than the act's source; None otherwise."""
    if trigger.entry.kind != "N" or trigger.entry.code[:2] in UNAIMED_BY_THE_ANSWER:
        return None
    noun = first_conjunct(trigger.token, None)  # "auf die Sanktionen und Drohungen"
    verb = noun.head
    if verb.pos_ not in VERBAL_POS or not answered_phrase(noun, verb):
        return None
    subject = subject_of(verb)
    answering = actors.of_phrase(subject) if subject is not None else None
    if answering is None or side_of(answering) in (None, side_of(source)):
        return None
    return answering
