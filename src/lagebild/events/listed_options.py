"""Options an author lists are imagined, not done: "Drei Wege sind denkbar. Erstens: Moskau lässt seine
Tanker eskortieren. … Drittens: Die NATO verlegt Kriegsschiffe in die Ostsee." Each item of the list is
told in the present tense like a fact; what makes it an option is the sentence that opens the list. An
"Erstens" without such an opening lists reasons or facts ("Erstens hat Moskau den Vertrag gebrochen") and
stays as it is.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.modality_words import POSSIBILITY
from lagebild.pipeline.segmentation import sentence_before

ORDINALS = {"erstens", "zweitens", "drittens", "viertens", "fünftens", "firstly", "secondly", "thirdly"}
FIRST = {"erstens", "firstly"}
# the nouns that announce a list of options: "Es gibt drei Möglichkeiten", "Europa bleiben zwei Optionen"
OPTION_NOUNS = {"optionen", "option", "möglichkeiten", "varianten", "wege", "szenarien", "szenarios", "alternativen",
                "auswege", "options", "scenarios", "alternatives"}  # fmt: skip
# how far back the opening may stand: a list rarely runs over more than a few sentences per item
MAX_SENTENCES_BACK = 8
# the words an ordinal may follow at the head of its sentence: a short lead-in, not a whole clause
LEAD_IN_WORDS = 12


def listed_option(trigger: Token) -> bool:
    """The act's sentence is an item of a list ("Zweitens: …") that a sentence naming options or
    possibilities opens, or the act follows a colon such a lead-in ends ("Drei Wege sind denkbar:
    Russland könnte die Ostsee blockieren, Estland angreifen oder …")."""
    sentence = trigger.sent
    if _after_options_colon(trigger):
        return True
    if _ordinal(sentence) is None:
        return False
    current: Span | None = sentence
    for _ in range(MAX_SENTENCES_BACK):
        if current is None:
            return False
        ordinal = _ordinal(current)
        if ordinal is not None and ordinal.lower_ in FIRST:
            lead_in = trigger.doc[current.start : ordinal.i]
            return _opens_options(lead_in) or _opens_options(sentence_before(current))
        current = sentence_before(current)
    return False


def _after_options_colon(trigger: Token) -> bool:
    sentence = trigger.sent
    colon = next((t for t in sentence[: LEAD_IN_WORDS + 1] if t.text == ":"), None)
    if colon is None or trigger.i <= colon.i:
        return False
    return _opens_options(trigger.doc[sentence.start : colon.i])


def _ordinal(sentence: Span) -> Token | None:
    """The ordinal a sentence opens with, also after a short lead-in ("Denkbar sind zwei Wege: erstens …")."""
    return next((t for t in sentence[:LEAD_IN_WORDS] if t.lower_ in ORDINALS), None)


def _opens_options(span: Span | None) -> bool:
    """The words name options ("zwei Wege") or a possibility ("denkbar")."""
    if span is None:
        return False
    return any(t.lower_ in OPTION_NOUNS or t.lower_ in POSSIBILITY for t in span)
