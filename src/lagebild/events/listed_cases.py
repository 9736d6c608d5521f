"""A sentence that opens with a bare ordinal names one of the cases a text has listed: "Drei Wege sind
denkbar. Im ersten zieht Russland seine Truppen ab …; im zweiten verhängt die EU Sanktionen", and so does
a clause opening with one after another case ("Im ersten Fall …, im zweiten verhängt die EU …"). The
ordinal stands for the scenario, the way or the case named before, and what the clause tells happens in it
only: hypothetical, like "Im ersten Szenario …" (`speculation.scenario_frames_sentence`), whose noun it leaves
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
# where a clause of its own opens, so that a case can follow another in one sentence: "Im ersten Fall
# zieht Russland ab, im zweiten verhängt die EU Sanktionen", "…; und im dritten öffnet Polen die Grenze"
CLAUSE_OPENERS = {",", ";", ":", "–", "—", "und", "oder"}


def listed_case_frames_sentence(trigger: Token) -> bool:
    """A clause of the trigger's sentence opens, before the trigger, with "im ersten/zweiten/…" and a
    present finite verb; the act is not in a clause with a conjunction of its own ("…, während russische
    Truppen aufmarschieren"), which states a circumstance outside the case."""
    sentence = trigger.sent
    if not any(_opens_a_case(t) for t in sentence if t.i < trigger.i):
        return False
    return surface_clause(trigger)[0].lower_ not in OWN_CIRCUMSTANCES


def _opens_a_case(word: Token) -> bool:
    """ "Im zweiten verhängt …": the preposition, at the sentence's or a clause's start, a bare ordinal
    written small and a present finite verb."""
    sentence, i = word.sent, word.i
    if word.lower_ != CASE_PREPOSITION or i + 2 >= sentence.end:
        return False
    if i > sentence.start and word.doc[i - 1].lower_ not in CLAUSE_OPENERS:
        return False
    ordinal, verb = word.doc[i + 1], word.doc[i + 2]
    return ordinal.text in ORDINALS and verb.pos_ in VERBAL_POS and PRESENT in verb.morph.get("Tense")
