"""Words nobody said are no statement: a public statement (CAMEO 01) is the saying itself, so one that
is only supposed, advised or denied ("dürften Washington und die EU über Sanktionen nachdenken",
"empfahl den Amerikanern, über eigene Interventionen nachzudenken", "ob Moskau das prüfen wollte") did
not take place. A factuality rule on coded events: the modality says it was never made. Two stay:
declining to comment (011), where keeping silent is the act, and acknowledging responsibility (015):
that a government has not owned up to an attack or is asked to recognise a genocide is news the gold
codes."""

from __future__ import annotations

from lagebild.events.codebook import STATEMENT_ROOT
from lagebild.pipeline.annotations import EventInfo

# the statements whose absence or prospect is itself reported: declining to comment, owning up to an act;
# a plain statement not made (010 negated, "äußerte sich nicht") becomes the comment declined later
# (`sentence_rules.without_framing`)
SILENCE_OR_ACKNOWLEDGING = ("010", "011", "015")
UNREAL = ("hypothetical", "negated")


def unsaid_statement(event: EventInfo) -> bool:
    """A statement that would, might or did not come is none."""
    return (
        event.modality in UNREAL
        and event.code.startswith(STATEMENT_ROOT)
        and not event.code.startswith(SILENCE_OR_ACKNOWLEDGING)
    )
