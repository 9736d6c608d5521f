"""Give back to the verb the noun phrase the parser hangs on a report's source: "Die EU prüft nach
Angaben von Diplomaten Sanktionen gegen ruandische Offiziere", "In der Nacht schlugen nach Angaben der
Militärverwaltung russische Geschosse ein".

A source phrase ("nach Angaben von …", "nach Informationen des …") takes one complement, the one who
reports: a genitive, or a phrase with "von" or "aus". The news-trained parser often makes the bare noun
phrase after it a further attribute of "Angaben", so the verb loses its object or subject and the event
stages its target or source. This component, placed after the parser, hangs every bare noun phrase
after the first complement on the verb: as its object where the verb has a subject, else as its
subject (the passive's subject for a passive).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from lagebild.events.event_clauses import VERBAL_POS
from lagebild.pipeline.word_classes import SUBJECT_DEPS, has_passive_auxiliary

# the nouns of a source phrase with "nach": "nach Angaben", "nach Informationen", "nach Berichten"
SOURCE_NOUNS = {"angaben", "informationen", "berichten"}
SOURCE_PREPOSITION = "nach"
NOUN_PHRASE_HEADS = ("NOUN", "PROPN")
ATTRIBUTE_DEPS = ("nmod", "obj", "appos")


@Language.component("lagebild_attributions")
def repair_attributions(doc: Doc) -> Doc:
    for noun in doc:
        if noun.lower_ not in SOURCE_NOUNS or not _with_preposition(noun, SOURCE_PREPOSITION):
            continue
        verb = noun.head
        if verb.pos_ not in VERBAL_POS or verb.i == noun.i:
            continue
        complements = [c for c in noun.children if c.i > noun.i and c.dep_ in ATTRIBUTE_DEPS]
        for phrase in complements[1:]:
            if phrase.pos_ not in NOUN_PHRASE_HEADS or any(c.dep_ == "case" for c in phrase.children):
                continue  # "nach Angaben des Ministeriums in Moskau": the place is the reporter's
            phrase.head = verb
            phrase.dep_ = _argument_label(verb)
    return doc


def _with_preposition(noun: Token, preposition: str) -> bool:
    return any(c.dep_ == "case" and c.lower_ == preposition for c in noun.children)


def _argument_label(verb: Token) -> str:
    """The object where the verb (or its auxiliary) has a subject, else the subject."""
    heads = [verb, *(c for c in verb.children if c.dep_ in ("aux", "aux:pass"))]
    if any(c.dep_ in SUBJECT_DEPS for head in heads for c in head.children):
        return "obj"
    return "nsubj:pass" if has_passive_auxiliary(verb) else "nsubj"
