"""A co-subject named as the other side's holder of one's office ("Der chinesische Außenminister und
sein honduranischer Amtskollege unterzeichneten …"): the actor stage resolves role nouns, not
counterpart nouns, so the co-subject names no actor and the act loses its second side. Its nationality
adjective names that side's state."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import ActorIndex, children, conjunct_chain, side_of, state_of_adjective
from lagebild.events.guessed_counterparts import COUNTERPART_NOUNS


def counterpart_co_subjects(subject: Token, actors: ActorIndex, named: list[Span]) -> list[Span]:
    """The states of the counterpart nouns coordinated with the subject that name no actor, other than
    the sides already named."""
    sides = {side_of(s) for s in named}
    found = []
    for conjunct in conjunct_chain(subject):
        if conjunct.i in actors.by_token or not conjunct.lower_.startswith(COUNTERPART_NOUNS):
            continue
        for adjective in children(conjunct, "amod"):
            state = state_of_adjective(adjective)
            if state is not None and side_of(state) not in sides:
                sides.add(side_of(state))
                found.append(state)
    return found
