"""Repair sentences that open with a heading: a day, a time or a place before a colon or dash
("Freitag: Moskau kündigt an …", "12:20 Uhr: Die Armee zieht ab", "Prag – Tschechiens Präsident warb …").

Live tickers, chronologies and datelines put such a heading before the clause. The news-trained parser
makes the heading part of the clause or the clause part of the heading, and the event stages then take
the day for the actor or read the clause as a relative clause or attribute of the time. A heading is no
part of the clause it stands before, so this component, placed after the parser, repairs these misparses:
- a heading word hung on the verb of the clause as a second subject beside the clause's own is
  relabelled `dep`, a relation no stage reads as an argument; a heading that is the clause's only subject
  (a speaker in an interview: "Varona: Nein, …") or that holds a word after the break keeps it;
- a heading made the root, with the clause's verb below it ("Port-au-Prince: Eine Bande hat …
  verschleppt" as a parataxis of the town), gives the root to that verb and hangs on it as `dep`;
- a clause's subject hung on the heading as its apposition ("15:30 Uhr – London widerspricht …",
  "London" ← "Uhr"), its verb with no subject of its own, is made the verb's subject;
- the colon or dash after a heading, labelled an auxiliary of the clause's verb ("Donnerstag: Paris
  spricht …", ":" as `aux`), is relabelled `punct`: a verb with an auxiliary reads as a perfect or
  passive, and the stages then look for its subject or agent where there is none.
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
PUNCTUATION = "punct"
SUBJECT = "nsubj"
NOMINAL_POS = ("NOUN", "PROPN")


@Language.component("lagebild_headings")
def repair_headings(doc: Doc) -> Doc:
    for sent in list(doc.sents):
        heading = _heading(sent)
        _give_root_to_clause(sent, heading)
        if len(heading):
            sent.doc[heading.end].dep_ = PUNCTUATION
        _give_subject_to_clause(sent, heading)
        for word in heading:
            verb = word.head
            if word.dep_ not in SUBJECT_DEPS or verb.i < heading.end or not _own_subject(verb, heading):
                continue
            # a name the parse hung on the heading ("15 Uhr: Kim, die Schwester …") reaches the verb through it
            if not any(child.i > heading.end for child in word.children):
                word.dep_ = UNLABELLED
    return doc


def _give_subject_to_clause(sent: Span, heading: Span) -> None:
    """A clause whose subject the parse hung on the heading as an apposition ("15:30 Uhr – London
    widerspricht …", "London" ← "Uhr"): where the clause's verb has no subject after the break, the
    first name or noun after the break hung on the heading is that subject, with the words hung on the
    heading beside it as its appositions."""
    if not len(heading):
        return
    for word in heading:
        verb = word.head
        if verb.i <= heading.end or _own_subject(verb, heading):
            continue
        hung = [c for c in word.children if c.i > heading.end and c.pos_ in NOMINAL_POS]
        if not hung:
            continue
        subject, *rest = hung
        subject.head, subject.dep_ = verb, SUBJECT
        for other in rest:
            other.head = subject
        if word.dep_ in SUBJECT_DEPS:
            word.dep_ = UNLABELLED
        return


def _give_root_to_clause(sent: Span, heading: Span) -> None:
    root = sent.root
    if not heading.start <= root.i < heading.end:
        return
    verb = next((c for c in root.children if c.i > heading.end and c.pos_ in VERBAL_POS), None)
    if verb is None:
        return
    closing = [c for c in root.children if c.i > heading.end and c.dep_ == "punct"]
    verb.head = verb
    verb.dep_ = "ROOT"
    root.head = verb
    root.dep_ = UNLABELLED
    for mark in closing:
        mark.head = verb


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
