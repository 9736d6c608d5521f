"""Where a meeting is held is not whom it is held with: "sollen zu Konsultationen nach New York eingeladen
werden", "reisen zu Gesprächen nach Genf". A "nach" phrase beside a meeting noun names its venue, the
place the participants travel to; the partner of talks is named with "mit". A visit (042, 043) is the
exception: its destination is its target, the host visited."""

from __future__ import annotations

from spacy.tokens import Span

from lagebild.events.triggers import Trigger

MEETING_ROOT = "04"
VISITS = ("042", "043")
DESTINATION = "nach"


def venue_of_meeting(trigger: Trigger, guess: Span) -> bool:
    """The guessed target is the destination ("nach New York") of a meeting noun that is no visit."""
    code = trigger.entry.code
    if trigger.entry.kind != "N" or not code.startswith(MEETING_ROOT) or code.startswith(VISITS):
        return False
    before = guess.doc[guess.start - 1] if guess.start > guess.sent.start else None
    return guess[0].lower_ == DESTINATION or (before is not None and before.lower_ == DESTINATION)
