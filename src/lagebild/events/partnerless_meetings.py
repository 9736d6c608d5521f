"""A meeting named by a noun with no one to meet ("ein Gipfel in Addis Abeba", "beantragte eine
Sondersitzung", "in enger Abstimmung") is the name of a gathering, its setting or its topic: consulting
(040) takes two sides, and a noun that names none reports no consultation. A verb of gathering keeps
its event ("der Sicherheitsrat kommt zusammen", "die OSZE berät"): it tells that the body meets.
"""

from __future__ import annotations

from lagebild.pipeline.annotations import EventInfo

CONSULTING = "040"


def without_partnerless_meetings(events: list[EventInfo]) -> list[EventInfo]:
    return [e for e in events if not _partnerless_meeting_noun(e)]


def _partnerless_meeting_noun(event: EventInfo) -> bool:
    return event.code == CONSULTING and event.target is None and event.trigger.root.pos_ in ("NOUN", "PROPN")
