"""The rules that re-read one coded event's act by what its words say of it, each in its own module,
applied in turn: force against one's own people is repression (`police_force`), forces sent into a host
protect it (`protective_deployments`), forces taken home withdraw (`withdrawn_forces`), backing an
armed force is aid (`armed_backing`), a danger passed on is shared information (`relayed_warnings`),
help a speaker says his side will give is a pledge (`pledged_help`), a proposal of what
"we" are to do the proposer's intent (`proposed_cooperation`)."""

from __future__ import annotations

from lagebild.events.armed_backing import as_armed_backing
from lagebild.events.pledged_help import as_pledged_help
from lagebild.events.police_force import as_repression
from lagebild.events.proposed_cooperation import as_proposed_cooperation
from lagebild.events.protective_deployments import as_protection
from lagebild.events.relayed_warnings import as_relayed_warning
from lagebild.events.withdrawn_forces import as_withdrawal
from lagebild.pipeline.annotations import EventInfo

# in this order: each reads the code the one before left
RECODINGS = (
    as_repression,
    as_protection,
    as_withdrawal,
    as_armed_backing,
    as_relayed_warning,
    as_pledged_help,
    as_proposed_cooperation,
)


def recoded(event: EventInfo) -> EventInfo:
    for recoding in RECODINGS:
        event = recoding(event)
    return event
