"""A guest invited to the inviter's own country: "Orbán lud Netanjahu nach Budapest ein", "lud seine
Amtskollegen zu einem Treffen nach Berlin ein".

The invitation is an offer to meet (036); where it names the inviter's own capital or country as the
destination, the inviter is also the host of the visit it offers, and the gold banks code that
reception beside the invitation (043 host → guest), a visit still to come (future), where a finite verb
tells the invitation as the news. An invitation elsewhere ("zu Gesprächen nach Nairobi", "nach New York"
by the UN) hosts nobody of the inviter's. The talks or summit one is invited to are the invitation's own
content, no meeting of their own: the banks code the invitation alone (or with the reception and the
guest's visit), never talks between inviter and guests beside it.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from lagebild.events.arguments import ActorIndex, actor_or_place, destination, is_finite, party_of, side_of
from lagebild.events.codebook import MEETING_ROOT
from lagebild.events.event_clauses import VERBAL_POS
from lagebild.events.invited_meetings import INVITING, invited_to
from lagebild.events.modality_words import FUTURE
from lagebild.pipeline.annotations import EventInfo

INVITATION = "036"
RECEPTION = "043"
VISIT = "042"
DESTINATION = "nach"  # "in"/"bei" name where the invited already are as often as where they go


def receptions_of_invited_guests(found: list[EventInfo], actors: ActorIndex) -> list[EventInfo]:
    """One 043 from the inviter to each guest invited to the inviter's own country. Run on the acts of a
    sentence once merged (`one_act.py`): the hosting neither replaces the invitation nor absorbs the
    talks the guests are invited to ("zu Gesprächen nach Istanbul", 040 to come)."""
    receptions = []
    for event in found:
        if event.code != INVITATION or event.source is None or event.target is None:
            continue
        verb = event.trigger.root
        # the coder read the invitation already: its particle need not hang on the verb in the parse
        inviting = verb.lower_ in INVITING.finite or verb.lower_ in INVITING.non_finite
        # only a finite invitation is the news ("lud … nach Berlin ein"): one in the perfect ("hat … nach
        # Luanda eingeladen") is told as done, one under a modal or in an infinitive ("könnte … nach Bagdad
        # einladen", "täte gut daran, … einzuladen") is not made, and the banks code neither as hosting
        if not inviting or not is_finite(verb):
            continue
        place = destination(verb, actors) or _destination_in_clause(verb, actors)
        home = side_of(event.source)
        if place is None or home is None or side_of(place) != home or side_of(event.target) == home:
            continue
        receptions.append(replace(event, code=RECEPTION, modality=FUTURE))
    return found + receptions


def visits_by_invited_guests(found: list[EventInfo]) -> list[EventInfo]:
    """The visit an invitation asks for is the guest's: "Macron lud Modi zu einem Besuch ein" codes Modi's
    042 to France, where the visit noun took the inviting verb's sides as its own, by the same words or by
    others that name them ("lud Putin zu einem Gegenbesuch ein, den der Kremlchef … antreten wolle": the
    visit's target is "der Kremlchef")."""
    invitations = {(party_of(e.source), party_of(e.target)) for e in found if e.code == INVITATION}
    return [
        replace(event, source=event.target, target=event.source)
        if event.code == VISIT
        and (party_of(event.source), party_of(event.target)) in invitations
        and invited_to(event.trigger.root, event.trigger.root.head)
        else event
        for event in found
    ]


def without_invited_meetings(found: list[EventInfo]) -> list[EventInfo]:
    """The events, but the meetings a coded invitation invites to ("lud … zu Gesprächen nach Budapest
    ein": the talks in either direction), which the invitation (036) and its reception already tell; the
    guest's visit (042, `visits_by_invited_guests`) stays, as the banks code it."""
    # the invitation must be coded itself: the verbs that carry an act other than a meeting
    coded_acts = {e.trigger.root.i for e in found if not e.code.startswith(MEETING_ROOT)}
    return [e for e in found if not _invited_meeting(e.trigger.root, e.code, coded_acts)]


def _invited_meeting(noun: Token, code: str, coded_acts: set[int]) -> bool:
    # a meeting coded on the inviting verb itself is no noun it invites to
    return (
        code.startswith(MEETING_ROOT)
        and code != VISIT
        and noun.head.i != noun.i
        and noun.head.i in coded_acts
        and invited_to(noun, noun.head)
    )


def _destination_in_clause(verb: Token, actors: ActorIndex) -> Span | None:
    """The "nach" phrase of the invitation's clause, where the parse did not hang it on the verb
    ("lud Netanjahu nach Budapest ein" with "nach Budapest" under the guest's name)."""
    for token in verb.doc[verb.i + 1 : verb.sent.end]:
        if token.is_punct or token.pos_ in VERBAL_POS and token.dep_ == "conj":
            return None
        if token.lower_ == DESTINATION and token.i + 1 < verb.sent.end:
            return actor_or_place(token.nbor(), actors)
    return None
