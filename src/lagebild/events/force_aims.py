"""The phrases of an act noun that the parse hung on the verb over the noun, where they belong to the
noun: the target of any act noun the coder codes, and what a force noun is aimed at:
"meldete Angriffe Russlands auf Odessa" ("auf Odessa" ← "meldete"), "protestierten gegen den
türkischen Einmarsch in Nordsyrien" ("in Nordsyrien" ← "protestierten"). A phrase with the noun's own
preposition right after the noun and its attributes completes the noun, as German word order puts a
noun's prepositional object straight after it; one further on, or before the noun, is the verb's."""

from __future__ import annotations

from spacy.tokens import Token

from lagebild.events.arguments import preposition_of
from lagebild.events.codebook import FORCE_ROOTS
from lagebild.events.lexicon import target_prepositions
from lagebild.events.triggers import Trigger


def aims_hung_on_the_verb(trigger: Trigger) -> list[Token]:
    """The target phrase of a force noun that the parse gave to the noun's head, right after the noun."""
    entry = trigger.entry
    if entry.kind != "N" or entry.code[:2] not in FORCE_ROOTS or not entry.target.startswith("pp:"):
        return []
    return phrases_hung_on_the_head(trigger.token, target_prepositions(entry.target))


def phrases_hung_on_the_head(noun: Token, prepositions: tuple[str, ...]) -> list[Token]:
    """Phrases with one of the prepositions that the parse gave to the noun's head, right after the noun."""
    head = noun.head
    if head == noun:
        return []
    return [
        c
        for c in head.children
        if c is not noun and c.left_edge.i == noun.right_edge.i + 1 and preposition_of(c) in prepositions
    ]
