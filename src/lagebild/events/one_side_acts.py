"""The act of the sentences before that a later sentence points back to, where one side did all of them
(casualty_reports: whose attack the toll is; measures_in_force, sanction_lists: whose sanctions take
effect or whom they list), and the side a phrase names."""

from __future__ import annotations

from collections.abc import Collection, Iterable

from spacy.tokens import Span, Token

from lagebild.events.arguments import (
    BY_PREPOSITIONS,
    ActorIndex,
    abbreviated_agent,
    adjective_actor,
    preposition_of,
    side_of,
)
from lagebild.pipeline.annotations import EventInfo

# the side a phrase names may stand in an attribute: "die Reaktion aus Paris", "das Vorgehen Moskaus",
# "die Ausladung des Königs durch Mexiko" (an act noun's agent)
ATTRIBUTE_PREPOSITIONS = ("aus", "von", None, *BY_PREPOSITIONS)


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


def side_named(phrase: Token, actors: ActorIndex) -> Span | None:
    """The side a phrase names: its own actor ("Moskaus Vorgehen"), its nationality adjective ("russische
    Maschinen"), the abbreviation before its hyphen ("US-Firmen") or the actor of an attribute ("die
    Reaktion aus Paris")."""
    named = actors.of_phrase(phrase) or adjective_actor(phrase) or abbreviated_agent(phrase)
    if named is not None:
        return named
    attributes = (c for c in phrase.children if preposition_of(c) in ATTRIBUTE_PREPOSITIONS)
    return next((a for a in map(actors.of_phrase, attributes) if a is not None), None)


# acts that presuppose who imposes a measure: imposing (163), threatening (1312) or easing (085) it
IMPOSING_CODES = ("163", "1312", "085")
DONE_OR_ANNOUNCED = ("asserted", "future")


def one_imposer(context: list[EventInfo], start: int) -> EventInfo | None:
    """The latest sanction imposed, announced, threatened or eased since `start`, where one side did all
    of them: whoever announced the tariffs is whose tariffs take effect."""
    return latest_by_one_side(context, start, IMPOSING_CODES, DONE_OR_ANNOUNCED)
