"""Unlabel the heading a sentence opens with as a subject of the clause after it ("Freitag: Moskau
kündigt an …", "12:20 Uhr: Dutzende Soldaten wurden verletzt", "Prag: Tschechiens Präsident warb …").

Live tickers, chronologies and datelines put a day, a time or a place before a colon or a dash. The
news-trained parser hangs that word on the verb of the clause after it, as a second subject beside the
clause's own, and the event stages then take the day for the actor. A heading is no part of the clause
it stands before, so this component, placed after the parser, relabels such a heading word `dep`, a
relation no stage reads as an argument, where the verb has a subject of its own after the break; a
heading that is the clause's only subject (a speaker in an interview: "Varona: Nein, …") or that holds
a word after the break keeps it.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from lagebild.events.event_clauses import VERBAL_POS
from lagebild.pipeline.word_classes import SUBJECT_DEPS

HEADING_BREAKS = {":", "–", "—"}
# a heading is short: a day, a time ("12:20 Uhr"), a place, a speaker's name
MAX_HEADING_WORDS = 3
UNLABELLED = "dep"


@Language.component("lagebild_heading_subjects")
def unlabel_heading_subjects(doc: Doc) -> Doc:
    for sent in doc.sents:
        heading = _heading(sent)
        for word in heading:
            verb = word.head
            if word.dep_ not in SUBJECT_DEPS or verb.i < heading.end or not _own_subject(verb, heading):
                continue
            # a name the parse hung on the heading ("15 Uhr: Kim, die Schwester …") reaches the verb through it
            if not any(child.i > heading.end for child in word.children):
                word.dep_ = UNLABELLED
    return doc


def _heading(sent: Span) -> Span:
    """The words before a colon or dash among the sentence's first words, if none of them is a verb."""
    words = [token for token in sent if not token.is_space]
    for token in words[1 : MAX_HEADING_WORDS + 1]:
        if token.text in HEADING_BREAKS:
            heading = sent.doc[sent.start : token.i]
            return sent.doc[sent.start : sent.start] if _has_verb(heading) else heading
    return sent.doc[sent.start : sent.start]


def _has_verb(words: Span) -> bool:
    return any(token.pos_ in VERBAL_POS for token in words)


def _own_subject(verb: Token, heading: Span) -> bool:
    return any(child.dep_ in SUBJECT_DEPS and child.i > heading.end for child in verb.children)
