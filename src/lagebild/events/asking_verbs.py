"""The verbs that ask someone to act, by a "zu" infinitive or a complement clause ("rief Kiew auf, …
zu", "riet Berlin, … zu", "verlangte von Teheran, …"), with how each marks the one asked: one list for
the stages that give an asked-for act to the addressee (`addressee_acts`, `targets_asked_at_home`) and
the one that keeps a hostile act from the asker (`targets_askers`)."""

from __future__ import annotations

# the verb's lemma → the preposition of the one asked, None for a bare object (the accusative "rief
# Washington auf", "bat Berlin", or the dative "riet Kiew", "empfahl der Regierung")
ADDRESSEE_MARKS = {
    "auffordern": None, "aufrufen": None, "bitten": None, "drängen": None, "mahnen": None,
    "ermahnen": None, "ersuchen": None, "anflehen": None, "beschwören": None, "ermutigen": None,
    "ermuntern": None, "abverlangen": None, "raten": None, "empfehlen": None,
    "appellieren": "an", "verlangen": "von", "fordern": "von", "einfordern": "von", "einwirken": "auf",
}  # fmt: skip
ASKING_VERBS = frozenset(ADDRESSEE_MARKS)
