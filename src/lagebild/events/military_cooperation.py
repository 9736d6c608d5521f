"""Cooperation said to be military is military cooperation (CAMEO 062), as the lexicon codes
"Militärkooperation": "wollen ihre militärische Zusammenarbeit bilateral regeln", "arbeiten militärisch
eng zusammen", "vertieften ihre militärische Zusammenarbeit". An intent to cooperate so qualified is
the intent to cooperate militarily (0312)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from lagebild.pipeline.annotations import EventInfo

# generic cooperation (diplomatic 050, material 060) and the generic intents to cooperate
MILITARY_CODE_OF = {"050": "062", "060": "062", "031": "0312", "032": "0312"}
COOPERATION_NOUNS = {"zusammenarbeit", "kooperation"}
# "militärische Zusammenarbeit" (amod), "arbeiten militärisch zusammen" (advmod)
QUALIFIER_DEPS = ("amod", "advmod")
MILITARY_STEM = "militär"


def as_military_cooperation(events: list[EventInfo]) -> list[EventInfo]:
    return [
        replace(e, code=MILITARY_CODE_OF[e.code])
        if e.code in MILITARY_CODE_OF and _qualified_as_military(e.trigger.root)
        else e
        for e in events
    ]


def _qualified_as_military(word: Token) -> bool:
    """The trigger or the cooperation noun it governs ("vertieften ihre militärische Zusammenarbeit")
    has a military qualifier."""
    nouns = [c for c in word.children if c.dep_ == "obj" and c.lemma_.lower() in COOPERATION_NOUNS]
    return any(
        c.dep_ in QUALIFIER_DEPS and c.lemma_.lower().startswith(MILITARY_STEM)
        for w in (word, *nouns)
        for c in w.children
    )
