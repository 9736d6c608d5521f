"""Repair sentences that open with a heading: a day, a time or a place before a colon or dash
("Freitag: Moskau kündigt an …", "12:20 Uhr: Die Armee zieht ab", "Prag – Tschechiens Präsident warb …").

Live tickers, chronologies and datelines put such a heading before the clause. The news-trained parser
makes the heading part of the clause or the clause part of the heading, and the event stages then take
the day for the actor or read the clause as a relative clause or attribute of the time. A heading is no
part of the clause it stands before, so this component, placed after the parser, repairs these misparses:
- a heading word hung on the verb of the clause as a second subject beside the clause's own, or as a
  parataxis ("Bamako: Eine Miliz hat …"), is relabelled `dep`, a relation no stage reads as an argument
  or a clause; a heading that is the clause's only subject (a speaker in an interview: "Varona: Nein, …")
  or that holds a word after the break keeps it; a day or time the parse hangs on the verb as `obl`
  ("14:05 Uhr: …", the news treebank's reading) is left so;
- a heading made the root, with the clause's verb below it ("Port-au-Prince: Eine Bande hat …
  verschleppt" as a parataxis of the town), gives the root to that verb and hangs on it as `dep`;
- a clause's subject hung on the heading as its apposition or conjunct ("15:30 Uhr – London widerspricht
  …", "London" ← "Uhr"), its verb with no subject of its own before it, is made the verb's subject, and a
  subject the parse found after the verb its object;
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
# a heading is short: a day, a time ("12:20 Uhr"), a place, a speaker's name; the numbers of a date
# are not counted, so a chronology's span of days is one too ("8. und 9. Mai:", "25. April bis 6. Mai:")
MAX_HEADING_WORDS = 3
# the words of an agency's mark in brackets after a dateline's place ("(AFP/Reuters)")
MARK_WORDS = 4
UNLABELLED = "dep"
PUNCTUATION = "punct"
SUBJECT = "nsubj"
OBJECT = "obj"
PARATAXIS = "parataxis"
NOMINAL_POS = ("NOUN", "PROPN")


@Language.component("lagebild_headings")
def repair_headings(doc: Doc) -> Doc:
    for sent in list(doc.sents):
        heading = heading_of(sent)
        _give_root_to_clause(sent, heading)
        if len(heading):
            sent.doc[heading.end].dep_ = PUNCTUATION
            _hang_marks_on_heading(heading)
        _give_subject_to_clause(sent, heading)
        for word in heading:
            verb = word.head
            if word.dep_ == PARATAXIS and verb.i > heading.end:
                word.dep_ = UNLABELLED
            if word.dep_ not in SUBJECT_DEPS or verb.i < heading.end or not _own_subject(verb, heading):
                continue
            # a name the parse hung on the heading ("15 Uhr: Kim, die Schwester …") reaches the verb through it
            if not any(child.i > heading.end for child in word.children):
                word.dep_ = UNLABELLED
    return doc


def _give_subject_to_clause(sent: Span, heading: Span) -> None:
    """A clause whose subject the parse hung on the heading as an apposition or conjunct ("15:30 Uhr –
    London widerspricht …", "London" ← "Uhr"): where the clause's verb has no subject between the break
    and the verb, the first name or noun there hung on the heading is that subject, with the words hung
    on the heading beside it as its appositions."""
    if not len(heading):
        return
    for word in heading:
        verb = word.head
        if verb.i <= heading.end or _own_subject(verb, heading, before=verb.i):
            continue
        hung = [c for c in word.children if heading.end < c.i < verb.i and c.pos_ in NOMINAL_POS]
        later = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i > verb.i]
        if not hung or later and _has_adposition(hung[0]):
            continue
        subject, *rest = hung
        # the words after the break and before the verb fill the clause's first place: a subject the
        # parse found after the verb ("Kim, die Schwester …, droht Seoul") is its object, unless that place
        # holds a prepositional phrase ("In Bratislava kündigt die Opposition … an")
        for other_subject in later:
            other_subject.dep_ = OBJECT
        subject.head, subject.dep_ = verb, SUBJECT
        for other in rest:
            other.head = subject
        if word.dep_ in SUBJECT_DEPS:
            word.dep_ = UNLABELLED
        return


def _has_adposition(word: Token) -> bool:
    return any(c.dep_ == "case" for c in word.children)


def _hang_marks_on_heading(heading: Span) -> None:
    """A dateline's agency mark ("Teheran (nnd) –"), which the parse may make an auxiliary of the
    clause's verb or the head of its subject, belongs to the heading: no argument of the clause."""
    place, depth = heading[0], 0
    for word in heading:
        depth += (word.text == "(") - (word.text == ")" and depth > 0)
        if not depth or word.text == "(":
            continue
        # the clause's words hung on the mark ("Äthiopien" as its apposition) hang on the place, where
        # `_give_subject_to_clause` finds them
        for child in [c for c in word.children if c.i > heading.end]:
            child.head = place
        if word.head.i < heading.end:
            continue
        if place.head == word:
            # the place hung on its mark ("Athen" as the subject of "(abc)") takes the mark's place
            place.head, place.dep_ = word.head, UNLABELLED
        word.head, word.dep_ = place, UNLABELLED


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


def heading_of(sent: Span) -> Span:
    """The words before a colon or dash among the sentence's first words, if none of them is a verb.
    A dateline's agency mark in brackets ("Athen (dpa) –", "Sofia (AFP/Reuters) –") is no word of it."""
    words = [token for token in sent if not token.is_space]
    if not words:
        return sent.doc[sent.start : sent.start]
    counted, depth = int(not is_date_number(words[0])), 0
    for token in words[1:]:
        if token.text in HEADING_BREAKS and not depth:
            heading = sent.doc[sent.start : token.i]
            return sent.doc[sent.start : sent.start] if _has_verb(heading) else heading
        depth += (token.text == "(") - (token.text == ")" and depth > 0)
        counted += not depth and token.text != ")" and not is_date_number(token)
        if counted > MAX_HEADING_WORDS or depth and token.i - sent.start > MAX_HEADING_WORDS + MARK_WORDS:
            break
    return sent.doc[sent.start : sent.start]


def _has_verb(words: Span) -> bool:
    """A verb outside brackets: the tagger takes many an agency's mark for one ("(nnd)"), and many a
    day's ordinal ("8." in "8. und 9. Mai")."""
    depth = 0
    for token in words:
        depth += (token.text == "(") - (token.text == ")" and depth > 0)
        if token.pos_ in VERBAL_POS and not depth and not is_date_number(token):
            return True
    return False


def is_date_number(token: Token) -> bool:
    """A day, a year or a time in figures ("8.", "2023", "17.30"): no word a heading is counted by."""
    return token.text.rstrip(".").replace(".", "").replace(":", "").isdigit()


def heading_words(before: Span) -> int:
    """How many words a heading ending before these words has, not counting the numbers of a date."""
    return sum(not is_date_number(token) for token in before)


def _own_subject(verb: Token, heading: Span, before: int | None = None) -> bool:
    """Whether the verb has a subject after the heading's break (and, if given, before `before`)."""
    end = len(verb.doc) if before is None else before
    return any(child.dep_ in SUBJECT_DEPS and heading.end < child.i < end for child in verb.children)
