"""A dative addressee named by a definite common noun ("sagten dem Gremium Hilfe zu", "versprach
seinem Gastgeber", "hielt der Gegenseite vor") points back to an actor named before: it is no
unknown party (as an unknown name would be), so the counterpart the context gives is its target."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from lagebild.events.arguments import children, is_definite, preposition_of
from lagebild.events.event_clauses import NOMINAL_POS
from lagebild.events.triggers import Trigger

DATIVE_DEPS = ("obj", "iobj", "obl:arg", "obl")


def addressee_named_before(trigger: Trigger, is_act: Callable[[Token], bool]) -> bool:
    """Every dative the verb governs is a definite common noun or one with a possessive; `is_act`
    excludes what is granted or charged ("Hilfe", "Erpressung")."""
    datives = [
        c
        for c in trigger.token.children
        if c.dep_ in DATIVE_DEPS
        and preposition_of(c) is None
        and c.i > trigger.token.i
        and c != trigger.object_noun
        and c.pos_ in NOMINAL_POS
        and not is_act(c)
        and ({"Dat", "Gen"} & set(c.morph.get("Case")) or c.dep_ in ("iobj", "obl:arg"))
    ]
    return bool(datives) and all(
        c.pos_ == "NOUN" and (is_definite(c) or bool(children(c, "det:poss"))) for c in datives
    )
