"""Human rights and aid groups named by their kind (`pipeline.actor_civic_groups`) are coded for what
they demand, criticise, appeal for or do, not for their statements: "Hilfsorganisationen fürchten, dass
Zehntausende festsitzen", "Menschenrechtsgruppen sprachen von einem Rückschlag" are commentary on the
states' acts. The tuning banks code one of about fifty events of such groups as a statement (01)."""

from __future__ import annotations

from lagebild.events.arguments import actor_of
from lagebild.events.codebook import STATEMENT_ROOT
from lagebild.pipeline.actor_civic_groups import NGO
from lagebild.pipeline.annotations import EventInfo


def without_civic_statements(events: list[EventInfo]) -> list[EventInfo]:
    return [e for e in events if not (e.code[:2] == STATEMENT_ROOT and _civic_group(e))]


def _civic_group(event: EventInfo) -> bool:
    """A group of no state ("NGO") or of one ("TURNGO": "türkische Menschenrechtler")."""
    actor = actor_of(event.source) if event.source is not None else None
    return actor is not None and NGO in (actor.actor_code, actor.sector)
