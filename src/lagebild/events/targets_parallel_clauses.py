"""An actor that is the subject of a clause beside the event's own acts there; it is not acted on:
"Mexiko bot Hilfe an, Moskau warnte vor Einmischung". A target guessed nearby must not be such a
subject (a target the parse hangs on the verb itself, as when "Peking gratulierte" after a comma is
misread as an apposition of the object, is not checked here).
A subject of a clause the event's verb governs ("forderte, dass Russland abzieht") or of the clause
that governs the event ("Kiew bat Berlin, Panzer zu liefern") stays a candidate: the two clauses are
one utterance about it."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.event_clauses import clause_verb

SUBJECTS = ("nsubj", "nsubj:pass")
# clauses side by side rather than one inside the other
SIDE_BY_SIDE = ("conj", "parataxis")


def subject_of_a_parallel_clause(span: Span, event_word: Token) -> bool:
    """The span (or the list it belongs to) is the subject of a verb whose clause neither governs nor
    is governed by the event's clause."""
    root = span.root
    while root.dep_ == "conj" and root.head != root:  # "Neu-Delhi und Peking"
        root = root.head
    if root.dep_ not in SUBJECTS:
        return False
    verb, own = root.head, clause_verb(event_word)
    if verb.pos_ not in ("VERB", "AUX"):
        return False  # a subject the parse gave an adjective or adverb heads no clause of its own
    return verb != own and not _governs(own, verb) and not _governs(verb, own)


def _governs(upper: Token, lower: Token) -> bool:
    """`lower` lies below `upper` without passing a link between clauses side by side."""
    token = lower
    while token.head != token:
        if token.dep_ in SIDE_BY_SIDE:
            return False
        token = token.head
        if token == upper:
            return True
    return False
