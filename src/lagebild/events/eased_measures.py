"""Sanctions eased in a passive that names no one: "Die Zölle würden nun ausgesetzt", "Könnten die
Sanktionen gegen Porras aufgehoben werden?", "Damit sind rund hundert Personen von der Sanktionsliste
gestrichen worden". A report of sanctions goes on to say they were lifted or suspended; the banks code
the easing (085) by the side that imposed, threatened or eased them before in the article, towards
the side they are aimed at: the one a phrase of the measure names ("gegen Porras", "die kanadischen
Gegenzölle" name their imposer instead), else the earlier measure's target.

Only where the article reports sanctions by one side before (`one_side_acts.one_imposer`; the report
of the easing is often a paragraph after the measures): a ban or a curfew lifted at home has no imposer
there, and its rows code it as they are."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import (
    ActorIndex,
    adjective_actor,
    children,
    is_passive,
    preposition_of,
    side_named,
    side_of,
)
from lagebild.events.one_side_acts import one_imposer
from lagebild.events.triggers import Trigger
from lagebild.pipeline.annotations import EventInfo

ARTICLE_START = 0
# easing economic sanctions (085) and administrative ones (081: "von der Sanktionsliste gestrichen"); not
# the codes under 081, a curfew or a state of emergency lifted at home
EASING_CODES = ("085", "081")
# the phrases of a measure that name whom it is aimed at: "die Sanktionen gegen Porras", "die Zölle auf
# chinesische Autos"
AIMED_AT = ("gegen", "auf", "für")


def eased_by_imposer(
    trigger: Trigger, sources: list[Span], actors: ActorIndex, before: list[EventInfo]
) -> list[tuple[Span, Span]]:
    """The imposer of the measures before with the side they are aimed at, for an easing in a passive
    that names no one; none where the clause names a source or no single side imposed them."""
    if sources or trigger.entry.code not in EASING_CODES or not is_passive(trigger.token):
        return []
    imposed = one_imposer(before, ARTICLE_START)
    if imposed is None:
        return []
    measure = trigger.object_noun
    # "die kanadischen Gegenzölle": the measure names its own imposer
    imposer = (adjective_actor(measure) if measure is not None else None) or imposed.source
    # the measures of the side that eases them are aimed at their target; others' answer their imposer
    own = side_of(imposer) == side_of(imposed.source)
    target = _aimed_at(measure, actors) or (imposed.target if own else imposed.source)
    if target is None or side_of(target) in (None, side_of(imposer)):
        return []
    return [(imposer, target)]


def _aimed_at(measure: Token | None, actors: ActorIndex) -> Span | None:
    if measure is None:
        return None
    phrases = [c for c in children(measure, "nmod") if preposition_of(c) in AIMED_AT]
    return next(filter(None, (side_named(p, actors) for p in phrases)), None)
