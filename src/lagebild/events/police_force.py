"""Force used by the police: against people at home it is violent repression (175), as the codebook
files it ("Die Polizei eröffnete das Feuer auf Demonstranten"), not a battle (19x).

It stays fighting where both sides shoot ("Polizisten lieferten sich Feuergefechte mit der Bande",
"ein Schusswechsel zwischen Grenzschützern und Taliban-Kämpfern") or where the other side belongs to
another state: an exchange of fire is combat, and police of one state who fight the forces of another
repress no one of their own.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from lagebild.events.arguments import actor_of
from lagebild.pipeline.annotations import EventInfo

REPRESSION = "175"
POLICE_FORCE = ("19", "182")
POLICE_ROLE = "COP"
# nouns of a fight in which both sides fire (endings, for compounds: "Feuergefechte")
# where the parse hangs the fight's noun on the verb ("lieferten sich … Feuergefechte": obj, obl or iobj)
OBJECT_ROLES = ("obj", "iobj", "obl")
EXCHANGING_VERB = "liefern"
EXCHANGES_OF_FIRE = (
    "gefecht",
    "gefechte",
    "gefechten",
    "schusswechsel",
    "artillerieduell",
    "artillerieduelle",
)


def as_repression(event: EventInfo) -> EventInfo:
    if not event.code.startswith(POLICE_FORCE) or not _by_the_police(event.source):
        return event
    if _exchange_of_fire(event.trigger) or _foreign(event.source, event.target):
        return event
    return replace(event, code=REPRESSION)


def _by_the_police(source: Span | None) -> bool:
    actor = source._.actor if source is not None else None
    return actor is not None and (actor.actor_code or "").endswith(POLICE_ROLE)


def _exchange_of_fire(trigger: Span) -> bool:
    """The trigger names the exchange, or a verb takes it as its object ("lieferten sich Gefechte"); "sich
    liefern" is said of fights only, also where the parse hangs the fight elsewhere."""
    words = [*trigger, *(c for t in trigger for c in t.children if c.dep_ in OBJECT_ROLES)]
    return any(w.lower_.endswith(EXCHANGES_OF_FIRE) or w.lemma_ == EXCHANGING_VERB for w in words)


def _foreign(source: Span, target: Span | None) -> bool:
    if target is None:
        return False
    own, other = actor_of(source), actor_of(target)
    return other is not None and bool(other.country) and bool(own.country) and other.country != own.country
