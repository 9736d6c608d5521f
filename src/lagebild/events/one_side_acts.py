"""The act of the sentences before that a later sentence points back to, where one side did all of them
(casualty_reports: whose attack the toll is; measures_in_force, sanction_lists: whose sanctions take
effect or whom they list)."""

from __future__ import annotations

from collections.abc import Collection, Iterable

from lagebild.events.arguments import side_of
from lagebild.pipeline.annotations import EventInfo


def latest_by_one_side(
    context: list[EventInfo], start: int, codes: Iterable[str], modalities: Collection[str]
) -> EventInfo | None:
    """The latest event since `start` whose code begins with one of `codes` and whose modality is one of
    `modalities`, where one known side did all of them; None where none was or two sides were."""
    prefixes = tuple(codes)
    acts = [
        e
        for e in context
        if e.trigger.start >= start and e.code.startswith(prefixes) and e.modality in modalities
    ]
    if not acts or len({side_of(e.source) for e in acts}) != 1 or side_of(acts[-1].source) is None:
        return None
    return acts[-1]


# acts that presuppose who imposes a measure: imposing (163), threatening (1312) or easing (085) it
IMPOSING_CODES = ("163", "1312", "085")
DONE_OR_ANNOUNCED = ("asserted", "future")


def one_imposer(context: list[EventInfo], start: int) -> EventInfo | None:
    """The latest sanction imposed, announced, threatened or eased since `start`, where one side did all
    of them: whoever announced the tariffs is whose tariffs take effect."""
    return latest_by_one_side(context, start, IMPOSING_CODES, DONE_OR_ANNOUNCED)
