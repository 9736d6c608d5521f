"""Forces that stand somewhere: "Paris hat rund 1500 Soldaten in Niger stationiert", "die Türkei, die
Truppen in Westlibyen stationiert hat", "die in Erbil stationiert sind".

"stationieren" in the perfect or the state passive tells where a side's forces are, the background
of the news, not that they were sent now: the banks code no deployment there (neither protection,
074, nor a show of force, 154). Forces added ("zusätzliche Soldaten", "weitere Truppen") are a build-up
that is news and keep their event; so does a passive of the act ("sind stationiert worden")."""

from __future__ import annotations

from spacy.tokens import Token

from lagebild.events.triggers import Trigger

STATIONING = "stationieren"
# auxiliaries of a perfect ("hat stationiert") and of a state passive ("sind stationiert")
STATE_AUXILIARIES = {"haben", "sein"}
# the auxiliary of a passive of the act itself ("sind stationiert worden")
ACT_PASSIVE = "worden"
# words that make the forces an addition to those already there (by their beginnings, for the inflected
# forms; "mehr" only as it stands, "mehrere" counts the forces there)
ADDED = ("zusätzlich", "weitere")
MORE = "mehr"
# the words of a clause joined to the stationing, which say nothing of its forces
JOINED = {"conj", "cc", "punct"}


def stands_stationed(trigger: Trigger) -> bool:
    """Whether "stationieren" only tells where forces stand: a perfect or a state passive, no forces added."""
    verb = trigger.token
    if trigger.entry.lemma != STATIONING or verb.tag_ != "VVPP":
        return False
    auxiliaries = [c for c in verb.children if c.dep_.startswith("aux")]
    if any(a.lower_ == ACT_PASSIVE for a in auxiliaries):
        return False
    if not any(a.lemma_.lower() in STATE_AUXILIARIES for a in auxiliaries):
        return False
    return not any(_added(w) for c in verb.children if c.dep_ not in JOINED for w in c.subtree)


def _added(word: Token) -> bool:
    return word.lower_.startswith(ADDED) or word.lower_ == MORE
