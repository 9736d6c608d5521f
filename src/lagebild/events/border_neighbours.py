"""Forces moved to or massed at a border face the state on its other side: "verlegte Truppen an die
Grenze zu Belarus", "zog Soldaten an der Grenze zur Ukraine zusammen" show force (15x) toward Belarus and
Ukraine, whoever else the clause names ("verlegt nach Gesprächen mit Litauen Soldaten an die Grenze zu
Belarus" is no show of force toward Lithuania). German names the neighbour with "zu" after "Grenze"; a border it
leaves unnamed ("verlegte Truppen an die Grenze", "in die Grenzregion") is the one with the state the
text was just talking about (`targets_filled`)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import ActorIndex, preposition_of
from lagebild.events.codebook import FORCE_POSTURE_ROOT
from lagebild.events.event_clauses import VERBAL_POS
from lagebild.events.triggers import Trigger

BORDER_NOUNS = {"grenze", "grenzen"}
# "an die Ostgrenze", "in die Grenzregion", "im Grenzgebiet": compounds that name a border as well
BORDER_STEMS = ("grenze", "grenzen", "grenzregion", "grenzgebiet")
# "die Grenze zu Polen", "zur Ukraine", "zum Iran"
NEIGHBOUR_PREPOSITIONS = {"zu", "zur", "zum"}


def border_neighbour(trigger: Trigger, actors: ActorIndex) -> Span | None:
    """The state across the border a show of force is made at, named in the trigger's own clause."""
    if not trigger.entry.code.startswith(FORCE_POSTURE_ROOT):
        return None
    for token in trigger.token.subtree:
        if token.lower_ not in BORDER_NOUNS or not _in_clause_of(token, trigger.token):
            continue
        for child in token.children:
            if preposition_of(child) in NEIGHBOUR_PREPOSITIONS and (state := actors.of_phrase(child)):
                return state
    return None


def at_an_unnamed_border(trigger: Trigger) -> bool:
    """A show of force at a border its own clause names no neighbour of ("zog Truppen an der Grenze
    zusammen", "verlegte Panzer in die Grenzregion")."""
    if not trigger.entry.code.startswith(FORCE_POSTURE_ROOT):
        return False
    return any(
        token.pos_ == "NOUN"
        and token.lower_.endswith(BORDER_STEMS)
        and _in_clause_of(token, trigger.token)
        and not any(preposition_of(c) in NEIGHBOUR_PREPOSITIONS for c in token.children)
        for token in trigger.token.subtree
    )


def _in_clause_of(token: Token, trigger: Token) -> bool:
    """No other verb stands between the token and the trigger it hangs on ("…, um die Grenze zu Polen zu
    sichern" belongs to another act)."""
    head = token.head
    while head != trigger and head != head.head:
        if head.pos_ in VERBAL_POS:
            return False
        head = head.head
    return head == trigger
