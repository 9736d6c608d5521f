"""Force used by the police: against people at home it is violent repression (175), as the codebook
files it ("Die Polizei eröffnete das Feuer auf Demonstranten"), not a battle (19x).

A clash of security forces with a crowd ("Zusammenstöße zwischen Demonstranten und Sicherheitskräften",
"zwischen Palästinensern und der israelischen Polizei") is no battle either: the crowd's side is a
violent protest (145), the forces' side repression (175), as the banks code both.

It stays fighting where both sides shoot ("Polizisten lieferten sich Feuergefechte mit der Bande",
"ein Schusswechsel zwischen Grenzschützern und Taliban-Kämpfern") or where the other side belongs to
another state: an exchange of fire is combat, and police of one state who fight the forces of another
repress no one of their own. A cordon or a closed road restricts movement (191) whoever sets it up, as the
banks code it ("Die Polizei riegelt die Zufahrtsstraßen ab").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from lagebild.events.arguments import actor_of
from lagebild.events.codebook import BLOCKADE
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
# the clash nouns (the 190 rows "Zusammenstoß", "Zusammenstöße"), by their stem
CLASH_STEM = "zusammenstö"
FIGHTING_ROOT = "19"
VIOLENT_PROTEST = "145"
# security forces, and the roles of armed sides, which no crowd is
SECURITY_ROLES = (POLICE_ROLE, "MIL")
ARMED_ROLES = (POLICE_ROLE, "MIL", "REB", "INS")


def as_repression(event: EventInfo) -> EventInfo:
    event = _as_street_clash(event)
    if not event.code.startswith(POLICE_FORCE) or not _by_the_police(event.source):
        return event
    restricted = event.code == BLOCKADE
    if restricted or _exchange_of_fire(event.trigger) or _foreign(event.source, event.target):
        return event
    return replace(event, code=REPRESSION)


def _as_street_clash(event: EventInfo) -> EventInfo:
    """A clash (19x) between security forces and a crowd: 175 from the forces, 145 from the crowd."""
    trigger = event.trigger.root
    if not event.code.startswith(FIGHTING_ROOT) or not trigger.lower_.startswith(CLASH_STEM):
        return event
    source = actor_of(event.source) if event.source is not None else None
    target = actor_of(event.target) if event.target is not None else None
    if source is None or target is None:
        return event
    if source.sector in SECURITY_ROLES and target.sector not in ARMED_ROLES:
        return replace(event, code=REPRESSION)
    if source.sector not in ARMED_ROLES and target.sector in SECURITY_ROLES:
        return replace(event, code=VIOLENT_PROTEST)
    return event


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
