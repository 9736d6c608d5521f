"""A sentence that opens with a bare ordinal names one of the cases a text has listed: "Drei Wege sind
denkbar. Im ersten zieht Russland seine Truppen ab …; im zweiten verhängt die EU Sanktionen". The ordinal
stands for the scenario, the way or the case named before, and what the sentence tells happens in it only:
hypothetical, like "Im ersten Szenario …" (`speculation.scenario_frames_sentence`), whose noun it leaves
out. The gold banks code these acts hypothetical or not at all.

Told apart from a time or a round ("Im ersten Halbjahr", "Im zweiten Wahlgang"), whose noun follows the
ordinal, by the finite verb right after it; and from a report of a past round ("Im zweiten setzte sich
Macron durch") by its present tense, the tense of a scenario. The ordinal is written small, as one
standing for a noun named before is; "Im Ersten", "Im Zweiten" name the ARD's and the ZDF's channels.
"""

from __future__ import annotations

from spacy.tokens import Token

from lagebild.events.event_clauses import VERBAL_POS, surface_clause
from lagebild.events.speculation import OWN_CIRCUMSTANCES

ORDINALS = {"ersten", "zweiten", "dritten", "vierten", "fünften"}
CASE_PREPOSITION = "im"
PRESENT = "Pres"


def listed_case_frames_sentence(trigger: Token) -> bool:
    """The sentence opens with "Im ersten/zweiten/…" and a present finite verb; the act is not in a
    clause with a conjunction of its own ("…, während russische Truppen aufmarschieren"), which states a
    circumstance outside the case."""
    sentence = trigger.sent
    if len(sentence) < 3 or sentence[0].lower_ != CASE_PREPOSITION:
        return False
    ordinal, verb = sentence[1], sentence[2]
    if ordinal.text not in ORDINALS or verb.pos_ not in VERBAL_POS or PRESENT not in verb.morph.get("Tense"):
        return False
    return surface_clause(trigger)[0].lower_ not in OWN_CIRCUMSTANCES
