"""A breach of law or of a treaty that someone claims is their accusation, not an act of the accused.

"Israel verstoße gegen das Völkerrecht, machten sie geltend", "hielt Athen vor, die Aussetzung des
Asylrechts verstoße gegen die Genfer Konvention", "die USA hätten die Souveränität des Tschad
missachtet, sagte er": the gold codes the speaker's accusation (11) and no violation (128) by the
accused. A breach the author states ("Die Übung verstößt gegen das Abkommen") stays.
"""

from __future__ import annotations

from spacy.tokens import Token

from lagebild.events.arguments import in_subjunctive
from lagebild.events.event_clauses import clause_verb, governing_verbs
from lagebild.events.speculation import REPORTING_HEADS
from lagebild.pipeline.annotations import EventInfo

VIOLATING = "128"  # defy norms, law


def claimed_violation(event: EventInfo) -> bool:
    return event.code.startswith(VIOLATING) and _reported(clause_verb(event.trigger.root))


def _reported(verb: Token) -> bool:
    """Indirect speech: the verb or its auxiliary in the subjunctive ("verstoße", "hätten missachtet"),
    or a clause a verb of saying governs ("sagte, die Zölle verstießen gegen …"); a relative clause of
    fact ("…, was die Demonstranten ignorierten") is no one's claim."""
    return in_subjunctive(verb) or any(REPORTING_HEADS.match(g.text) for g in governing_verbs(verb))
