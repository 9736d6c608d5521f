"""A refusal to yield ("Polen werde sich nicht einschüchtern lassen", "sein Land lasse sich nicht
erpressen", CAMEO 124) answers whoever coerces or threatens the refusing side. The clause may name it
("werde sich von Brüssel nicht einschüchtern lassen"); else it is the side whose threat, pressure or
force against the refuser was reported just before ("Russland werde seine Truppen im Nordwesten
verstärken. Helsinki lasse sich nicht einschüchtern"), else the side charged there with such conduct
("warf Russland Erpressung vor"), else the side of the latest hostile act at all; not an actor the
sentence names for another reason ("… und will Gas über eine Leitung aus Griechenland beziehen")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import ActorIndex, lassen_of, preposition_of, side_of
from lagebild.events.codebook import DISAPPROVAL_ROOT, HOSTILE_ROOTS, REDUCING_ROOT, REFUSAL_TO_YIELD
from lagebild.events.modality_words import NEGATIVE_DETERMINERS
from lagebild.events.triggers import Trigger
from lagebild.pipeline.annotations import EventInfo

# threats, pressure and force, and the cutting of ties ("stellte die Gaslieferungen ein")
COERCING_ROOTS = HOSTILE_ROOTS | {REDUCING_ROOT}
AGENT_PREPOSITIONS = ("von", "durch")
NOBODY = {"niemandem", "niemand"}


def coercer(trigger: Trigger, source: Span, actors: ActorIndex, recent: list[EventInfo]) -> Span | None:
    """Whom a refusal to yield answers: the agent its clause names, else the coercer just before."""
    if trigger.entry.code != REFUSAL_TO_YIELD:
        return None
    side = side_of(source)
    named = _named_agent(trigger, actors)
    if named is not None:
        return named if side_of(named) not in (None, side) else None
    hostile = [e for e in recent if e.code[:2] in COERCING_ROOTS and side_of(e.source) not in (None, side)]
    aimed = [e.source for e in hostile if e.target is not None and side_of(e.target) == side]
    charged = [
        e.target
        for e in recent
        if e.code.startswith(DISAPPROVAL_ROOT)
        and e.target is not None
        and side_of(e.target) not in (None, side)
    ]
    found = aimed or charged or [e.source for e in hostile]
    return found[-1] if found else None


def answers_no_side(trigger: Trigger) -> bool:
    """A refusal whose clause denies any coercer ("lässt sich von niemandem / von keinem Gremium
    vorschreiben"): it answers no one, and no side from before is guessed for it."""
    return trigger.entry.code == REFUSAL_TO_YIELD and coerced_by_no_one(trigger.token)


def coerced_by_no_one(verb: Token) -> bool:
    """ "von niemandem", "von keinem ausländischen Gremium" on the let-passive or its "lassen"."""
    return any(
        p.lower_ in NOBODY or any(d.lower_ in NEGATIVE_DETERMINERS for d in p.children)
        for p in _agent_phrases(verb)
    )


def _named_agent(trigger: Trigger, actors: ActorIndex) -> Span | None:
    return next(filter(None, (actors.of_phrase(p) for p in _agent_phrases(trigger.token))), None)


def _agent_phrases(verb: Token) -> list[Token]:
    """ "von Brüssel" on the let-passive or on its "lassen"."""
    verbs = [verb, lassen_of(verb)]
    return [c for v in verbs if v is not None for c in v.children if preposition_of(c) in AGENT_PREPOSITIONS]
