"""The camps within a state: its government, army, police and courts on one side, those who challenge
them at home (rebels, insurgents, separatists, the opposition) on the other. A state-level side is too
coarse for guessing a target: "Die ELN warf der Regierung vor" and "Die Opposition kritisierte
Lukaschenko" are aimed at the source's own state, and the gold codes them so (COLREB → COLGOV, state
level COL → COL). Targets compare camps; a state's officials among themselves stay one camp."""

from __future__ import annotations

from spacy.tokens import Span

from lagebild.events.arguments import IGO_PREFIX, actor_of, side_of
from lagebild.pipeline.actor_civic_groups import NGO

# CAMEO role codes of actors who challenge their state from within. Not its citizens (CVL), whose
# state speaks for them abroad ("der deutsche Staatsbürger"), nor the media, as often the state's
# own voice ("der Sender RT DE"): acts of the state on its people are found by `targets_domestic`
CHALLENGER_ROLES = frozenset({"OPP", "REB", "INS", "SEP", "UAF"})
# a state's people as a target: its challengers and its citizens (`targets_domestic` stand-ins)
PEOPLE_ROLES = CHALLENGER_ROLES | {"CVL"}
CHALLENGER = "challenger"
# the role of a coder stand-in for the source's own people or institutions it addresses
# (`targets_at_home`): another actor of the same state, whatever the sectors
AT_HOME = "addressed at home"
ROLE = slice(3, 6)  # "COLREB": the role follows the three-letter state code


def camp_of(span: Span | None) -> str | None:
    """The span's state or IGO, marked where the actor challenges that state from within."""
    side = side_of(span) if span is not None else None
    if side is not None and side.startswith(NGO):
        return None  # a human rights group is no camp of a state: no target to guess for a judge
    if side is None or side.startswith(IGO_PREFIX):
        return side
    return f"{side}:{CHALLENGER}" if _role(span) in CHALLENGER_ROLES else side


def other_camp(candidate: Span | None, source: Span) -> bool:
    """The candidate stands for a state or IGO, and not for the source's own camp."""
    return camp_of(candidate) is not None and camp_of(candidate) != camp_of(source)


def same_camp(a: Span, b: Span) -> bool:
    return camp_of(a) is not None and camp_of(a) == camp_of(b)


def on_own_people(source: Span, target: Span) -> bool:
    """A state acting on its own people or challengers ("Litauen rief den Ausnahmezustand aus", its
    population the target): one country, but not one actor, even where the source names the bare
    state and `same_actor` takes any sector of a state for the state itself."""
    if side_of(source) is None or side_of(source) != side_of(target):
        return False
    actor = actor_of(target)
    if actor is not None and actor.role == AT_HOME:
        return True
    return _role(target) in PEOPLE_ROLES and _role(source) not in PEOPLE_ROLES


def _role(span: Span) -> str:
    actor = actor_of(span)
    return (actor.actor_code or "")[ROLE] if actor is not None else ""
