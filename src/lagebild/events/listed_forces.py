"""The forces of one state listed together act as one: "Armee und Polizei verweigerten ihm die
Gefolgschaft", "Polizei und Gendarmerie räumten die Universitäten". Gold codes one event for the
list, as for "die Sicherheitskräfte"; the coder finds one per listed body, by whatever route the
parse gave it."""

from __future__ import annotations

from lagebild.events.arguments import actor_of, side_of
from lagebild.pipeline.annotations import EventInfo

FORCE_SECTORS = ("MIL", "COP")  # the sectors of a state's armed forces and police in actor codes


def one_event_per_listed_forces(events: list[EventInfo]) -> list[EventInfo]:
    # a listed force that found no target of its own shares the target another one found
    aimed = {_act(e) for e in events if _force(e) and e.target is not None}
    kept, seen = [], set()
    for event in events:
        if not _force(event):
            kept.append(event)
            continue
        key = (*_act(event), side_of(event.target))
        if key not in seen and not (event.target is None and _act(event) in aimed):
            seen.add(key)
            kept.append(event)
    return kept


def _act(event: EventInfo) -> tuple:
    return (event.code, event.trigger.start, side_of(event.source))


def _force(event: EventInfo) -> bool:
    actor = actor_of(event.source) if event.source is not None else None
    return actor is not None and actor.sector in FORCE_SECTORS
