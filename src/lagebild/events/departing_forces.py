"""Forces that leave a country retreat (CAMEO 0874, "retreat or surrender militarily"), where diplomats
who leave it are expelled (161): "die russischen Truppen müssten das Land verlassen", "eritreische
Soldaten sollen Äthiopien verlassen", "die französischen Einheiten verließen Mali". The lexicon's row of
"verlassen" for diplomats has no object to tell the two apart; the subject does. The forces' side is the
source, the country left (the object) the target; `withdrawn_forces` then tells soldiers leaving a host,
which ends a presence (166), from an army's formations leaving a war (0874)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from lagebild.events.codebook import REDUCED_RELATIONS
from lagebild.events.lexicon import LexiconEntry
from lagebild.events.protective_deployments import FORMATIONS

RETREAT = "0874"
LEAVING = "verlassen"
# the nouns of armed men and formations, also as compound heads ("Bundeswehrsoldaten", "Kampftruppen")
FORCES = (*FORMATIONS, "soldat", "soldaten", "einheit", "einheiten", "kämpfer", "söldner")


def as_forces_departure(entry: LexiconEntry, verb: Token) -> LexiconEntry:
    if entry.code != REDUCED_RELATIONS or entry.lemma != LEAVING or not _forces_leave(verb):
        return entry
    return replace(entry, code=RETREAT, target="obj")


def _forces_leave(verb: Token) -> bool:
    """The verb's subject, or the first of its listed subjects, names troops or soldiers."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
    return any(s.lower_.endswith(FORCES) or s.lemma_.lower().endswith(FORCES) for s in subjects)
