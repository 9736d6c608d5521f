"""Where a bare body acts, told by what its own sentence and paragraph say about the place.

The police act where they are: a person named in its sentence who is not what someone acts on says
where that is ("nach dem Anschlag auf Ministerpräsident al-Kadhimi hat die Polizei ...", "Sprecher
Kanaani bestritt, dass die Polizei geschossen habe"), not an effigy's owner ("verbrannten eine Puppe
Modis") nor whom protesters protest against ("verbrannten Demonstranten ein Bild von Xi Jinping").
A paragraph that opens with a dateline ("Jerewan – In Armenien gehen Tausende auf die Straße ...") is
about the dateline's state: its bodies are that state's, whatever neighbour it names in between ("die
Übergabe von Grenzdörfern an Aserbaidschan").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from lagebild.pipeline.actor_lexicon import CROWD_COUNTS_DE, PROTESTERS_DE
from lagebild.pipeline.actor_passage import locates, state_of
from lagebild.pipeline.segmentation import paragraph_opening
from lagebild.pipeline.word_classes import PERSON_LABELS

OBJECT_DEPS = {"obj", "iobj"}
# What follows the place of a dateline: "Lima:", "Jerewan –", "Minsk (dpa) –".
DATELINE_MARKS = {":", "–", "—", "("}


def bystanders_before(context: list, token: Token, sentence_of: list[int]) -> list:
    """The persons named before `token` in its sentence outside any verb's object, not as a genitive
    attribute of a noun and not after protesters."""
    return [
        c
        for c in context
        if c.span.label_ in PERSON_LABELS
        and c.span.end <= token.i
        and sentence_of[c.span.start] == sentence_of[token.i]
        and not any(t.dep_ in OBJECT_DEPS for t in [c.span.root, *c.span.root.ancestors])
        and not _genitive_attribute(c.span)
        and not _after_protesters(c.span)
    ]


def dateline_state(doc: Doc, context: list, i: int, sentence_of: list[int]) -> str | None:
    """The state of the dateline that opens the paragraph of token i, where the sentence of token i
    names no state before it; else None. A feed that runs the headline into the text ("Friedensplan
    sieht Abstimmung vor. Kiew – Tausende ...") has the dateline open the paragraph's second sentence."""
    if any(sentence_of[c.span.start] == sentence_of[i] and c.span.end <= i for c in context):
        return None
    opening = paragraph_opening(doc, doc[i].idx)
    first = next((t for t in doc if t.idx > opening and not t.is_space), None)
    if first is None or first.i >= i:
        return None
    second = next((t.i for t in doc[first.i : i] if sentence_of[t.i] == sentence_of[first.i] + 1), None)
    for start in (first.i, second):
        clue = next((c for c in context if c.span.start == start and locates(c)), None)
        if clue is not None and clue.span.end < len(doc) and doc[clue.span.end].text in DATELINE_MARKS:
            return state_of(clue)
    return None


def _after_protesters(span: Span) -> bool:
    """'verbrannten Demonstranten ein Bild von Xi Jinping': a person named after protesters in their
    sentence is whom they protest against."""
    return any(
        t.text in PROTESTERS_DE or t.text in CROWD_COUNTS_DE for t in span.doc[span.sent.start : span.start]
    )


def _genitive_attribute(span: Span) -> bool:
    """'eine Puppe Modis', 'Bilder Xi Jinpings': a name in the genitive after a noun is that noun's
    owner or subject matter, not someone acting."""
    doc = span.doc
    return span.start > 0 and doc[span.start - 1].pos_ == "NOUN" and span[-1].text.endswith("s")
