"""An actor that is the subject of a clause beside the event's own acts there; it is not acted on:
"Mexiko bot Hilfe an, Moskau warnte vor Einmischung". A target guessed nearby must not be such a
subject. The parse often misreads such a subject after a comma as an apposition of the event's object
("bedauerte die Abstimmung, Berlin und Paris bestellten die Botschafter ein"; "forderte Aufklärung,
die Nato eine Untersuchung", the verb left out): that is no target either (`opens_a_parallel_clause`).
A subject of a clause the event's verb governs ("forderte, dass Russland abzieht") or of the clause
that governs the event ("Kiew bat Berlin, Panzer zu liefern") stays a candidate: the two clauses are
one utterance about it."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import LIST_CONJUNCTIONS, LIST_SEPARATORS, is_finite
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


def opens_a_parallel_clause(span: Span, event_word: Token) -> bool:
    """An actor (or list of actors) after a comma that a finite verb of a clause side by side with the
    event's follows ("…, Berlin und Paris bestellten …"), or that the parse made an apposition going
    on with a phrase of its own where the verb is left out ("…, die Nato eine Untersuchung"). A true
    apposition is set off on both sides ("den Kremlchef, Wladimir Putin, …")."""
    doc, sentence = span.doc, span.sent
    start = span.start
    # back over the list it may close ("Berlin und Paris") to the comma before it
    while start > sentence.start and (
        doc[start - 1].dep_ == "det"
        or doc[start - 1].lower_ in LIST_CONJUNCTIONS
        or doc[start - 1].pos_ == "PROPN"
    ):
        start -= 1
    if start == sentence.start or doc[start - 1].text != ",":
        return False
    end = span.end
    while end < sentence.end and (doc[end].lower_ in LIST_SEPARATORS or doc[end].pos_ in ("PROPN", "DET")):
        end += 1
    if end >= sentence.end:
        return False
    after = doc[end]
    if after.pos_ in ("VERB", "AUX") and is_finite(after):
        own = clause_verb(event_word)
        return after != own and not _governs(own, after) and not _governs(after, own)
    # "die Nato eine Untersuchung": the list ran on into the article of a phrase of its own
    return (
        span.root.dep_ == "appos"
        and after.pos_ == "NOUN"
        and end - 1 >= span.end
        and doc[end - 1].pos_ == "DET"
    )
