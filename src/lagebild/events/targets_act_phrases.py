""" "drohten mit Anschlägen auf amerikanische Stützpunkte", "warnte vor Angriffen auf Zivilisten": the
news parse hangs the patient of the act on the act noun (nmod), as it should, and no longer on the verb.
An act noun the verb governs with "mit" or "vor" names what the verb threatens, answers with or
warns of; the one it is aimed at ("auf", "gegen", "an") is the verb's target too, where the verb has
no object or dative of its own."""

from __future__ import annotations

from spacy.tokens import Token

from lagebild.events.arguments import children, names_an_event, preposition_of

# the act threatened, answered with or warned of ("drohte mit", "reagierte mit", "warnte vor"); an act
# deliberated ("berieten über Sanktionen gegen Minsk") is a topic, its patient no one addressed
ACT_PREPOSITIONS = {"mit", "vor"}
# the prepositions of an act noun's patient: "Angriffe auf", "Sanktionen gegen", "Kritik an"
PATIENT_PREPOSITIONS = {"auf", "gegen", "an"}


def act_patients_in_oblique(verb: Token) -> list[Token]:
    """The patient phrases of the first act noun in a prepositional phrase of the verb."""
    acts = [
        c
        for c in children(verb, "obl", "obl:arg")
        if preposition_of(c) in ACT_PREPOSITIONS and names_an_event(c)
    ]
    if not acts:
        return []
    return [c for c in children(acts[0], "nmod") if preposition_of(c) in PATIENT_PREPOSITIONS]
