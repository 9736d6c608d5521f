"""Whom an English administrative measure or police action is aimed at when it names nobody: the
source's own state.

"Sudan's government lifted the state of emergency", "the junta imposed a curfew": curfews, states of
emergency, bans on parties and limits on political freedoms are laid on (or lifted from) a state's own
population, so CAMEO and the PLOVER gold code them as SDNGOV → SDN. Easing (081x) and imposing (172x)
alike; where a place is named, `english_places` already takes its state.

"Egyptian police opened fire to disperse demonstrators": a state's police acts at home, so coercion
and force by police against people it does not name (demonstrators, a crowd) are EGYCOP → EGY.
"""

from __future__ import annotations

from spacy.tokens import Span

from lagebild.events.arguments import IGO_PREFIX, actor_of, stand_in, state_ref

# CAMEO 081 "ease administrative sanctions" and 172 "impose administrative sanctions" with their kinds
ADMINISTRATIVE_MEASURES = ("081", "172")
# coercion (17), assault (18), fighting (19), mass violence (20)
POLICE_ACTS = ("17", "18", "19", "20")
POLICE_SECTOR = "COP"  # the CAMEO role code of police forces


def governed_state(code: str, source: Span, trigger: Span) -> Span | None:
    """A stand-in span on the trigger for the source's own state, for administrative measures and
    police actions."""
    actor = actor_of(source)
    if actor is None or not actor.country or actor.country == IGO_PREFIX:
        return None
    police = actor.sector == POLICE_SECTOR and code.startswith(POLICE_ACTS)
    if not (code.startswith(ADMINISTRATIVE_MEASURES) or police):
        return None
    return stand_in(trigger.doc, trigger.start, trigger.end, state_ref(trigger.text, actor.country))
