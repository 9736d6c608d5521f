"""Protests at home. A demonstration, strike, blockade or hunger strike (CAMEO 14) addresses the
government of the protesters' own state unless the clause says whom it is aimed at: "gingen gegen
die Übergabe von Grenzdörfern an Aserbaidschan auf die Straße" protests Armenia's own decision, and
"Anhänger Castillos blockierten Landstraßen" or "trat in einen Hungerstreik" answer their own
authorities, not a foreign state named elsewhere in the sentence or just before it. Measured on the
tuning sets: a protest target guessed nearby or from the context was the protesters' own state
twice as often as the guessed foreign state."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import (
    ActorIndex,
    adjective_actor,
    clause_tokens,
    misparsed_as_attribute,
    own_state,
    preposition_of,
    stand_in,
    state_ref,
)
from lagebild.events.event_clauses import VERBAL_POS
from lagebild.events.targets_camps import AT_HOME
from lagebild.events.triggers import Trigger

PROTEST_ROOT = "14"
GOVERNMENT = "GOV"
# what a protest is aimed at: "gegen die Regierung", "gegen die türkische Militärpräsenz"
AIMED = "gegen"
# a genitive attribute of what is protested names whose it is ("gegen die Politik Moskaus"); deeper
# phrases ("die Übergabe von Dörfern an Aserbaidschan") name only what it is about
OWNER_DEPS = ("nmod", "nmod:poss")


def protest_target(trigger: Trigger, source: Span, actors: ActorIndex) -> Span | None:
    """The state a protest is aimed at by its own clause, else the protesters' own government (a
    stand-in on the trigger). None for other acts, and for a source that has no state of its own."""
    if trigger.entry.code[:2] != PROTEST_ROOT:
        return None
    state = own_state(source)
    if state is None:
        return None
    aimed = _aimed_at(trigger.token, actors)
    if aimed is not None:
        return aimed
    government = state_ref(trigger.token.text, state, GOVERNMENT, role=AT_HOME)
    return stand_in(trigger.token.doc, trigger.token.i, trigger.token.i + 1, government)


def _aimed_at(word: Token, actors: ActorIndex) -> Span | None:
    """The actor of a "gegen" phrase of the trigger's clause: the phrase's noun itself, its actor
    adjective or its genitive attribute. A weak parse may hang the phrase elsewhere: a phrase under
    no verb counts too, and where the verb was made an attribute of the protesters ("protestierten
    Hunderte Menschen gegen …"), any phrase after it."""
    own = set(clause_tokens(word)) if word.pos_ in VERBAL_POS else set(word.subtree)
    detached = misparsed_as_attribute(word)
    for noun in word.sent:
        if preposition_of(noun) != AIMED:
            continue
        if noun not in own and _verb_above(noun) not in (None, word) and not (detached and noun.i > word.i):
            continue
        owner = actors.by_token.get(noun.i) or adjective_actor(noun)
        owner = owner or next(
            (
                actors.by_token[c.i]
                for c in noun.children
                if c.dep_ in OWNER_DEPS and c.i in actors.by_token and preposition_of(c) in (None, "von")
            ),
            None,
        )
        if owner is not None:
            return owner
    return None


def _verb_above(token: Token) -> Token | None:
    """The nearest verb the token hangs under, if any."""
    for ancestor in token.ancestors:
        if ancestor.pos_ in VERBAL_POS:
            return ancestor
    return None
