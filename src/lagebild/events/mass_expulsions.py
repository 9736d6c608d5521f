"""Deporting people by the thousand is CAMEO 201 ("engage in mass expulsion"), not the expulsion of
individuals (174): "Iran hat Hunderttausende Afghanen abgeschoben", "schob mehr als 30 000 Haitianer ab",
"schiebt Zehntausende afghanische Flüchtlinge ab". The scale is read from the people the verb names: a
word for thousands or a numeral of at least a thousand; "mehrere Migranten", "Hunderte" stay 174."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Token

from lagebild.events.counts import count_of
from lagebild.events.lexicon import LexiconEntry

DEPORTATION = "174"
MASS_EXPULSION = "201"
# residents deported or driven out; people sent back as they cross a border ("schickte rund 5600 Menschen
# nach Marokko zurück") are turned away at the border, as the banks code it (174)
DEPORTING = {"abschieben", "ausweisen", "vertreiben"}
MASS_SCALE = 1000  # a deportation counted in thousands empties towns, not cases
# "über zwanzigtausend Haitianer": the parse takes the count's "über" for a preposition (obl)
PEOPLE_DEPS = ("obj", "nsubj:pass", "obl")


def as_mass_expulsion(entry: LexiconEntry, verb: Token, objects: Callable[[], list[Token]]) -> LexiconEntry:
    """`objects` finds the verb's object nouns, asked only for a deporting row."""
    if entry.code != DEPORTATION or entry.lemma not in DEPORTING:
        return entry
    people = [
        n for n in [*(c for c in verb.children if c.dep_ in PEOPLE_DEPS), *objects()] if n.pos_ == "NOUN"
    ]
    return (
        replace(entry, code=MASS_EXPULSION)
        if any((count_of(p) or 0) >= MASS_SCALE for p in people)
        else entry
    )
