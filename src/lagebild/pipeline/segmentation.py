"""Sentence segmentation for news text: paragraphs, headings and quoted speech.

Rules rather than a statistical model: headings separated by blank lines must become sentences of
their own, and quotation marks after a full stop must stay with the sentence they close.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

import numpy
from spacy.attrs import SENT_START
from spacy.errors import Errors
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

SENTENCE_FINAL = {".", "!", "?", "…", "...", "?!", "!?", "?!?"}
QUOTE_OR_BRACKET = {'"', "'", "“", "”", "„", "‚", "‘", "’", "»", "«", "›", "‹", ")", "]"}
# a blank line between paragraphs, spaces on it or not (as `_is_paragraph_break` reads a space token)
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
SHORTEST_BREAK = 2  # "\n\n"
OPENERS = {'"', "“", "„", "‚", "‘", "»", "«", "›", "‹", "(", "[", "–", "-"}


def _is_paragraph_break(token: Token) -> bool:
    return token.is_space and token.text.count("\n") >= 2


def _could_open_sentence(doc: Doc, i: int) -> bool:
    token = doc[i]
    first = token.text[0]
    if first.isupper() or first.isdigit():
        return True
    if token.text in OPENERS and i + 1 < len(doc):
        following = doc[i + 1].text[0]
        return following.isupper() or following.isdigit()
    return False


def _closes_on_a_letter(doc: Doc, i: int) -> bool:
    """ "auf der Plattform X. Die Regierung …": the tokenizer keeps "X." whole, as it would an initial
    ("Donald J. Trump"). Only a capitalised function word after it ("Die", "Er") opens a new sentence;
    a name after it ("J. Trump") continues."""
    token = doc[i]
    if not (len(token.text) == 2 and token.text[0].isupper() and token.text[1] == "."):
        return False
    nxt = i + 1
    while nxt < len(doc) and doc[nxt].is_space:
        nxt += 1
    return nxt < len(doc) and doc[nxt].text[0].isupper() and doc[nxt].is_stop


def sentence_starts(doc: Doc) -> list[bool]:
    """For each token, whether a sentence starts there."""
    starts = [False] * len(doc)
    if not len(doc):
        return starts
    starts[0] = True
    for i, token in enumerate(doc):
        if _is_paragraph_break(token):
            nxt = i + 1
        elif token.text in SENTENCE_FINAL or _closes_on_a_letter(doc, i):
            nxt = i + 1
            # quotation marks and brackets glued to the full stop close this sentence
            while nxt < len(doc) and doc[nxt].text in QUOTE_OR_BRACKET and not doc[nxt - 1].whitespace_:
                nxt += 1
        else:
            continue
        while nxt < len(doc) and doc[nxt].is_space:
            nxt += 1
        if nxt < len(doc) and (_is_paragraph_break(token) or _could_open_sentence(doc, nxt)):
            starts[nxt] = True
    return starts


@Language.component("lagebild_segmenter")
def segment_sentences(doc: Doc) -> Doc:
    """Marks the starts at once: `token.is_sent_start = …` asks `doc.has_annotation("DEP")` each time,
    a scan of the whole unparsed doc per token (quadratic in the doc's length); spaCy's own array holds
    True as 1 and False as -1, as that setter writes them."""
    if not len(doc):
        return doc
    if doc.has_annotation("DEP"):
        raise ValueError(Errors.E043)  # the setter's refusal: a parse fixes the sentences
    starts = numpy.array([1 if start else -1 for start in sentence_starts(doc)], dtype=numpy.int64)
    doc.from_array([SENT_START], starts.view(numpy.uint64))
    return doc


def paragraph_opening(doc: Doc, char: int) -> int:
    """The character offset of the blank line that opens the paragraph holding character `char`, -1 in
    the first paragraph: news gives each story of a round-up a paragraph of its own, so what lies after
    the offset is the same story."""
    breaks = _paragraph_breaks(doc)
    before = bisect_right(breaks, char - SHORTEST_BREAK)  # the blank lines ending before `char`
    return breaks[before - 1] if before else -1


@lru_cache(maxsize=1)  # the doc at hand
def doc_text(doc: Doc) -> str:
    """The doc's text, read once: spaCy joins the text of every token each time `doc.text` is asked for,
    and the components after the parse (times, quotes, paragraphs, the coder) each ask. Tokens are merged
    or relabelled after the parse, never rewritten, so the text stays the doc's."""
    return doc.text


@lru_cache(maxsize=1)  # the doc at hand
def _paragraph_breaks(doc: Doc) -> tuple[int, ...]:
    """The character offsets where blank lines start, as `str.find` meets them (three line breaks hold
    two)."""
    return tuple(m.start() for m in re.finditer(f"(?={PARAGRAPH_BREAK.pattern})", doc_text(doc)))


def paragraph_of(sentence: Span) -> Span:
    """The paragraph a sentence stands in, from the blank line before it to the blank line after it (a
    single line break only wraps a line)."""
    doc = sentence.doc
    opening = paragraph_opening(doc, sentence.start_char)
    # the segmenter ends a sentence at a blank line, which the sentence may hold as its last token
    breaks = _paragraph_breaks(doc)
    after = bisect_left(breaks, sentence.start_char)
    closing = breaks[after] if after < len(breaks) else -1
    start = next(t.i for t in doc[: sentence.start + 1] if t.idx > opening)
    end = (
        len(doc) if closing < 0 else next((t.i for t in doc[sentence.start :] if t.idx >= closing), len(doc))
    )
    return doc[start:end]


def sentence_before(sentence: Span) -> Span | None:
    """The sentence before `sentence` in its doc, None for the first one."""
    return sentence.doc[sentence.start - 1].sent if sentence.start > 0 else None
