"""Killing on a mass scale is CAMEO 202 ("engage in mass killings"), not the single assault of 18:
"Milizen hätten Hunderte Angehörige der Minderheit getötet", "ermordeten mehr als 5000 Zivilisten",
"wurden Tausende Dorfbewohner erschossen". The scale is read from the victims the verb names: a numeral
of at least a hundred or a word for hundreds or thousands."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Token

from lagebild.events.arguments import PATIENT_DEPS
from lagebild.events.counts import count_of
from lagebild.events.event_clauses import NOMINAL_POS
from lagebild.events.lexicon import LexiconEntry
from lagebild.pipeline.word_classes import has_passive_auxiliary

KILLING_CODES = ("1823", "186")  # killing, executing, murdering
MASS_KILLING = "202"
MASS_SCALE = 100  # the codebook names no number; a hundred dead is a massacre in any report


def as_mass_killing(entry: LexiconEntry, verb: Token, objects: Callable[[], list[Token]]) -> LexiconEntry:
    """The killing row of a verb whose victims are counted in hundreds or more becomes 202; the
    victims are its object nouns (found by the trigger, also where the parser hung them elsewhere)
    or the subject of its passive; `objects` finds them, asked only for a killing row."""
    if entry.code not in KILLING_CODES or not any(
        (count_of(v) or 0) >= MASS_SCALE for v in _victims(verb, objects())
    ):
        return entry
    return replace(entry, code=MASS_KILLING)


def _victims(verb: Token, objects: list[Token]) -> list[Token]:
    deps = PATIENT_DEPS + (("nsubj",) if has_passive_auxiliary(verb) else ())
    named = [c for c in verb.children if c.dep_ in deps]
    return [n for n in [*named, *objects, *_stray_nouns(verb)] if n.pos_ in NOMINAL_POS]


def _stray_nouns(verb: Token) -> list[Token]:
    """Bare nouns one step below a dependent of the verb ("mehr als 8000 Muslime" hung on "mehr"):
    not the agent, not in a prepositional phrase."""
    return [
        noun
        for child in verb.children
        if child.dep_ not in ("nsubj", "obl", "nmod")
        for noun in child.children
        if noun.pos_ in NOMINAL_POS and not any(c.dep_ == "case" for c in noun.children)
    ]
