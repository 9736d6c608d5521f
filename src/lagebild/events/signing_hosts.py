"""The host of an agreement one side signs abroad: "Austin unterzeichnet in Manila ein Abkommen", "Athen
unterzeichnete in Washington den Vertrag", "hat bei einem Besuch in Rabat ein Abkommen unterzeichnet".
Where the clause names no partner, the state the signing took place in signed with the signer; the
gold banks code it one way, signer to host. A signing at home names no partner ("unterzeichnete in
Peking"), nor does one in several places, nor one with a co-signer ("und sein Amtskollege")."""

from __future__ import annotations

from spacy.tokens import Span

from lagebild.events.arguments import ActorIndex, children, destination, side_of, subject_of
from lagebild.events.codebook import CONCLUDED_AGREEMENT
from lagebild.events.seat_sources import seats_of
from lagebild.events.signed_on_visits import names_a_visit
from lagebild.events.triggers import Trigger


def signing_host(trigger: Trigger, source: Span, actors: ActorIndex) -> Span | None:
    """The state of the place a signing verb's "in" phrase, or the visit it took place on, names, if it
    is one state other than the signer's."""
    if trigger.entry.code != CONCLUDED_AGREEMENT or trigger.entry.kind != "V":
        return None
    verb = trigger.token
    subject = subject_of(verb)
    if subject is not None and subject.conjuncts:
        return None  # a co-signer named with the signer, even one of no state ("und sein Amtskollege")
    visits = filter(names_a_visit, children(verb, "obl"))
    places = seats_of(verb, actors) + [destination(visit, actors) for visit in visits]
    hosts = {side_of(p): p for p in places if p is not None and side_of(p) not in (None, side_of(source))}
    return next(iter(hosts.values())) if len(hosts) == 1 else None
