"""Where a crowd protests when its clause names the site but not the state: "Vor dem Reichstag
protestierten einige Dutzend Friedensaktivisten", "In der Hauptstadt demonstrierten Tausende", "Vor dem
Abgeordnetenhaus demonstrieren Tausende Justizangestellte". A report names the city or the country once
and then only the square, the parliament or "die Hauptstadt"; the site is in the state of the latest
place named before, else in the state the story is about, as for the police of a passive
(`passive_sources`). Without such a site the crowd may be anyone's (`implicit_sources`)."""

from __future__ import annotations

from spacy.tokens import Token

from lagebild.events.arguments import adjective_actor, clause_tokens, own_state, preposition_of
from lagebild.events.event_clauses import NOMINAL_POS
from lagebild.events.place_states import recent_place_state, story_state
from lagebild.events.targets_domestic import PLACE_PREPOSITIONS
from lagebild.events.triggers import Trigger

PLURAL = "Plur"
# the ends of the nouns of a town's sites where crowds gather, in the gold banks' protest sentences:
# "in der (Haupt)stadt", "vor dem Parlament / Reichstag / Rathaus / Regierungssitz / Präsidentenpalast",
# "vor dem Abgeordnetenhaus / Gerichtsgebäude / Tagungsort"
SITE_ENDINGS = ("stadt", "innenstadt", "zentrum", "parlament", "reichstag", "rathaus", "haus", "sitz",
                "palast", "gebäude", "ministerium", "regierungsamt", "tagungsort", "platz")  # fmt: skip


def state_of_the_site(trigger: Trigger) -> str | None:
    """The state of the site the protest's clause names without naming its state; None where the clause
    names no such site, or where the state found owns a place of the clause: a crowd "vor dem
    französischen Stützpunkt" or "vor der argentinischen Botschaft" marches against a state present
    abroad, whatever state the story names most."""
    places = [t for t in clause_tokens(trigger.token) if preposition_of(t) in PLACE_PREPOSITIONS]
    if not any(_site(t) for t in places):
        return None
    state = recent_place_state(trigger.token) or story_state(trigger.token)
    owners = {own_state(owner) for t in places if (owner := adjective_actor(t)) is not None}
    return None if state in owners else state


def _site(token: Token) -> bool:
    """One site of one town: towns in the plural ("in mehreren europäischen Städten") may be in any state."""
    return (
        token.pos_ in NOMINAL_POS
        and token.lemma_.lower().endswith(SITE_ENDINGS)
        and PLURAL not in token.morph.get("Number")
    )
