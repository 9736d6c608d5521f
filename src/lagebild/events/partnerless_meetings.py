"""A meeting named by a noun with no one to meet ("ein Gipfel in Addis Abeba", "beantragte eine
Sondersitzung", "in enger Abstimmung") is the name of a gathering, its setting or its topic: consulting
(040) takes two sides, and a noun that names none reports no consultation. A verb of gathering keeps
its event where the meeting is still to come: announced ("der Sicherheitsrat kommt am Freitag
zusammen", "die OSZE wird beraten") or convened ("berief ein Treffen der Innenminister ein"). Told as
done with no partner ("die EU-Außenminister berieten über Sanktionen", "hatte Sharif getroffen" with
the other side lost), the deliberation is the setting of what the body decided, or its partner was
missed: 0 of 12 such events were right on tuning.
"""

from __future__ import annotations

from lagebild.events.event_clauses import NOMINAL_POS
from lagebild.events.sense_filters import held_abroad
from lagebild.pipeline.annotations import EventInfo

CONSULTING = "040"
NEGOTIATING = "046"
# "berief … ein", "einberufen": the lemmatizer leaves the past forms as they are
CONVENING_STEMS = ("beruf", "berief", "einberuf", "einberief")


def without_partnerless_meetings(events: list[EventInfo]) -> list[EventInfo]:
    return [e for e in events if not _partnerless_meeting(e)]


def _partnerless_meeting(event: EventInfo) -> bool:
    if event.code not in (CONSULTING, NEGOTIATING) or event.target is not None:
        return False
    verb = event.trigger.root
    # talks kept for the host of the place they were held in that found none ("verhandelte in Wien",
    # "verhandelte in Santiago" at home): no partner
    if held_abroad(verb):
        return True
    if event.code != CONSULTING:
        return False
    if verb.pos_ in NOMINAL_POS:
        return True
    return event.modality == "asserted" and not verb.lower_.startswith(CONVENING_STEMS)
