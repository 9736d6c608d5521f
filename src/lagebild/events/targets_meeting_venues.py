"""Where a meeting is held is not whom it is held with: "sollen zu Konsultationen nach New York eingeladen
werden", "reisen zu Gesprächen nach Genf". A "nach" phrase on a meeting noun or its verb names its venue,
the place the participants travel to; the partner of talks is named with "mit". A visit (042) or a
reception (043) is the exception: its destination is its target, the host visited."""

from __future__ import annotations

from spacy.tokens import Span

from lagebild.events.arguments import preposition_of
from lagebild.events.codebook import MEETING_ROOT
from lagebild.events.meeting_words import VISIT_CODES
from lagebild.events.receptions import RECEPTION
from lagebild.events.triggers import Trigger

DESTINATION = "nach"


def venue_of_meeting(trigger: Trigger, guess: Span) -> bool:
    """The guessed target is the destination ("nach New York") of a meeting noun that is no visit, the
    noun of a "nach" phrase on the meeting noun or on its verb in the trigger's sentence."""
    code = trigger.entry.code
    if trigger.entry.kind != "N" or not code.startswith(MEETING_ROOT):
        return False
    if code in VISIT_CODES or code.startswith(RECEPTION):
        return False
    noun = trigger.token
    venues = [c for head in (noun, noun.head) for c in head.children if preposition_of(c) == DESTINATION]
    # the place is the phrase's own noun, not one deeper in it ("nach Angaben aus Kabul" is a source)
    return any(guess.start <= venue.i < guess.end for venue in venues)
