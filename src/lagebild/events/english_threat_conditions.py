"""Whom an English threat is aimed at when it names nobody: the subject of its condition.

"Russia threatened to stop the talks if the United States goes ahead with the deployment": the threat
is made to make the United States refrain, so CAMEO (and the PLOVER gold) code it RUS → USA. The
condition's subject stands right after "if" or "unless", behind at most a determiner or title.
"""

from __future__ import annotations

from lagebild.events.codebook import THREAT_ROOT
from lagebild.events.petrarch_clauses import CLAUSE_BREAKS
from lagebild.events.petrarch_patterns import SentenceView

CONDITION_WORDS = {"if", "unless"}
CONDITION_REACH = 20  # words past the threat verb where its condition may open


def condition_subject(view: SentenceView, code: str, verb_end: int, sources: list[int]) -> int | None:
    """The start of the actor opening a condition after a threat verb ending at `verb_end`, else None."""
    if not code.startswith(THREAT_ROOT):
        return None
    words = view.words
    for i in range(verb_end, min(len(words), verb_end + CONDITION_REACH)):
        if words[i] in CLAUSE_BREAKS:
            return None
        if words[i] in CONDITION_WORDS:
            subject = view.actor_near(i + 1, len(words))
            return subject if subject not in sources else None
    return None
