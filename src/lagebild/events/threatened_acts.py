"""Acts a threat holds out, as the target ranker reads them.

"Moskau hat gedroht, britische Schiffe anzugreifen", "drohte Kiew mit Angriffen": the threatened act is
hypothetical, but it is aimed at a definite adversary, the one the threat is made to. The ranker's weight
for hypothetical acts was learned mostly from speculation, demands and scenarios, whose acts are often
aimed at no one in particular; read so, a threatened act loses the target the article named before.
"""

from __future__ import annotations

from spacy.tokens import Token

from lagebild.events.event_clauses import clause_verb, governing_verbs
from lagebild.events.modality_words import ASSERTED, HYPOTHETICAL, THREAT_HEADS


def held_out_by_threat(trigger: Token) -> bool:
    """The act is a threat's clause ("drohte, … anzugreifen") or the noun a threat verb takes ("drohte
    mit Angriffen")."""
    verb = clause_verb(trigger)
    if trigger.i != verb.i and THREAT_HEADS.match(verb.text):
        return True
    return any(THREAT_HEADS.match(g.text) for g in governing_verbs(verb))


def modality_for_targets(modality: str, trigger: Token) -> str:
    """The modality the target ranker weighs: a threatened act's target is named as an asserted act's."""
    return ASSERTED if modality == HYPOTHETICAL and held_out_by_threat(trigger) else modality
