"""The host of what one side does abroad with no partner named: an agreement signed ("Austin unterzeichnet in
Manila ein Abkommen", "hat bei einem Besuch in Rabat ein Abkommen unterzeichnet") or talks held ("Der
Premier verhandelte in Moskau über eine Partnerschaft", "führte in Riad Gespräche"). Where the clause
names no partner, the state the act took place in did it with the visitor; the gold banks code it one
way, visitor to host. A place at home names no partner ("unterzeichnete in Peking"), nor do several
places, nor a co-signer or a second party ("und sein Amtskollege"), nor a city where states meet at
the seat of an organisation ("in Genf", "in Brüssel"): the talks there are among the members or
with the organisation, not with the city's state."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import (
    ActorIndex,
    children,
    destination,
    names_a_visit,
    preposition_of,
    side_of,
    subject_of,
)
from lagebild.events.codebook import CONCLUDED_AGREEMENT, MEETING_ROOT
from lagebild.events.seat_sources import seats_of
from lagebild.events.sense_filters import VENUES
from lagebild.events.triggers import Trigger

# meetings that are no talks with whoever is found in the place: a visit and a reception name their
# host already, a mediator talks with the parties, not with the state of the venue
NOT_WITH_THE_HOST = {"042", "043", "045"}
PARTNER_PREPOSITION = "mit"


def host_abroad(trigger: Trigger, source: Span, actors: ActorIndex) -> Span | None:
    """The state of the place a signing or meeting verb's "in" phrase, or the visit it took place on,
    names, if it is one state other than the doer's."""
    if not _done_with_a_host(trigger):
        return None
    verb = trigger.token
    subject = subject_of(verb)
    if subject is not None and subject.conjuncts:
        return None  # a co-signer named with the signer, even one of no state ("und sein Amtskollege")
    if _partner_named(verb, source, actors):
        return None
    visits = filter(names_a_visit, children(verb, "obl"))
    places = seats_of(verb, actors) + [destination(visit, actors) for visit in visits]
    if any(place is not None and place.text.endswith(VENUES) for place in places):
        return None
    hosts = {side_of(p): p for p in places if p is not None and side_of(p) not in (None, side_of(source))}
    return next(iter(hosts.values())) if len(hosts) == 1 else None


def _partner_named(verb: Token, source: Span, actors: ActorIndex) -> bool:
    """A "mit" phrase of the sentence names a side the doer's is not, where the parse hung it elsewhere
    ("saß in Islamabad mit den Außenministern Chinas und Pakistans an einem Tisch"): the partner, not
    the host. An unknown one ("mit Taliban-Ministern") leaves the host."""
    phrases = (t for t in verb.sent if preposition_of(t) == PARTNER_PREPOSITION)
    partners = (actors.of_phrase(phrase) for phrase in phrases)
    return any(p is not None and side_of(p) not in (None, side_of(source)) for p in partners)


def _done_with_a_host(trigger: Trigger) -> bool:
    code = trigger.entry.code
    if trigger.entry.kind != "V":
        return False
    return code == CONCLUDED_AGREEMENT or code.startswith(MEETING_ROOT) and code not in NOT_WITH_THE_HOST
