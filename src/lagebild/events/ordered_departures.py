"""Diplomats told to leave the country are expelled: "forderte die kenianischen Diplomaten auf, das Land
binnen sieben Tagen zu verlassen" is the host state's expulsion of the diplomats' state (CAMEO 161), done
by the order itself, not a demand (10x) with a withdrawal (166) the diplomats might make. Troops or
citizens asked to leave stay demands: only envoys are expelled by being told to go."""

from __future__ import annotations

from dataclasses import replace

from lagebild.events.addressee_acts import finite_between
from lagebild.events.arguments import ActorIndex, children, is_zu_infinitive
from lagebild.events.codebook import ASKING_ROOTS
from lagebild.events.negation_scope import has_negation
from lagebild.events.recipients import COUNTRY_NOUNS, LEAVING
from lagebild.events.summoned_envoys import ENVOYS
from lagebild.pipeline.annotations import EventInfo

EXPULSION = "161"


def as_expulsions(events: list[EventInfo], actors: ActorIndex) -> list[EventInfo]:
    """The sentence's events, asserted demands that envoys leave the country coded as expulsions."""
    return [replace(e, code=EXPULSION) if _orders_envoys_out(e, actors) else e for e in events]


def _orders_envoys_out(event: EventInfo, actors: ActorIndex) -> bool:
    """An asserted appeal or demand addressed to envoys, with a "zu" infinitive of leaving a country
    after them in the same clause."""
    target, verb = event.target, event.trigger.root
    if not event.code.startswith(ASKING_ROOTS) or event.modality != "asserted" or target is None:
        return False
    if not any(envoy in target.root.lower_ for envoy in ENVOYS):
        return False
    return any(
        t.i > target.end - 1
        and t.lemma_.lower() in LEAVING
        and is_zu_infinitive(t)
        and not finite_between(verb, t)
        and not has_negation(t, t)
        and any(
            p.lemma_.lower() in COUNTRY_NOUNS or actors.of_phrase(p) is not None for p in children(t, "obj")
        )
        for t in verb.sent
    )
