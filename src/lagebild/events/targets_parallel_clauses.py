"""An actor that is the subject of a clause beside the event's own acts there; it is not acted on:
"Mexiko bot Hilfe an, Moskau warnte vor Einmischung". A target guessed nearby must not be such a
subject. The parse often misreads such a subject after a comma as an apposition of the event's object
("bedauerte die Abstimmung, Berlin und Paris bestellten die Botschafter ein"; "forderte Aufklärung,
die Nato eine Untersuchung", the verb left out): that is no target either (`opens_a_parallel_clause`).
A subject of a clause the event's verb governs ("forderte, dass Russland abzieht") or of the clause
that governs the event ("Kiew bat Berlin, Panzer zu liefern") stays a candidate: the two clauses are
one utterance about it. Not where the parse made the first of two main clauses joined by a comma the
complement of the second ("Washington rief zur Ruhe auf, Guterres verlangte eine Untersuchung"): a
clause reported by a verb after it leads into that verb ("…, verlangte Guterres"), never into its
subject (`spliced_main_clause`)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import (
    LIST_CONJUNCTIONS,
    LIST_SEPARATORS,
    SUBJECT_DEPS,
    in_subjunctive,
    is_finite,
)
from lagebild.events.event_clauses import VERBAL_POS, clause_verb, finite_word
from lagebild.pipeline.word_classes import PERSON_LABELS, RELATIVE_CLAUSES

# the links of a name to the title before it ("Kanzler" ← "Olaf" ← "Scholz")
NAME_AFTER_TITLE = ("appos", "flat")
# clauses side by side rather than one inside the other
SIDE_BY_SIDE = ("conj", "parataxis")
# links the parse makes between two main clauses set side by side with a comma; the news parser also
# hangs the second on the first as an infinitive or adverbial clause ("äußerten sich besorgt, die EU rief
# zur Einhaltung auf"), which a finite verb after its own subject shows to be no such clause
COMPLEMENTS = ("ccomp", "parataxis", *RELATIVE_CLAUSES, "xcomp", "advcl")
# STTS tags of the words that open a subordinate clause: conjunctions, relative and interrogative words
CLAUSE_OPENERS = ("KOUS", "KOUI", "KON", "PWAV", "PWS", "PWAT", "PRELS", "PRELAT", "PROAV")
# the words of a noun phrase that may stand before a main clause's verb ("UN-Generalsekretär António
# Guterres", "die Polisario-Front")
NOUN_PHRASE = ("NOUN", "PROPN", "DET", "ADJ", "PUNCT")


def subject_of_a_parallel_clause(span: Span, event_word: Token) -> bool:
    """The span (or the list it belongs to) is the subject of a verb whose clause neither governs nor
    is governed by the event's clause."""
    root = span.root
    while root.dep_ == "conj" and root.head != root:  # "Neu-Delhi und Peking"
        root = root.head
    # a person's name after the title that heads the subject ("Kanzler Olaf Scholz"); not a state's
    # name the parse hung on a noun as an apposition ("die Hilfe Panamas")
    titled = span.label_ in PERSON_LABELS and root.dep_ in NAME_AFTER_TITLE
    while span.label_ in PERSON_LABELS and root.dep_ in NAME_AFTER_TITLE and root.head.i < root.i:
        root = root.head
    # a title's person acts there only as the subject of an active verb: "Präsident Bazoum wird
    # festgehalten; die USA fordern seine Freilassung" is about him
    if root.dep_ not in SUBJECT_DEPS or titled and root.dep_ != "nsubj":
        return False
    verb, own = root.head, clause_verb(event_word)
    if verb.pos_ not in VERBAL_POS:
        return False  # a subject the parse gave an adjective or adverb heads no clause of its own
    return verb != own and not _governs(own, verb) and not _governs(verb, own)


def _governs(upper: Token, lower: Token) -> bool:
    """`lower` lies below `upper` without passing a link between clauses side by side."""
    token = lower
    while token.head != token:
        if token.dep_ in SIDE_BY_SIDE or spliced_main_clause(token):
            return False
        token = token.head
        if token == upper:
            return True
    return False


def spliced_main_clause(clause: Token) -> bool:
    """Two main clauses joined by a comma that the parse linked as complement or relative clause
    ("bot Hilfe an, Moskau warnte", "Moskau warnte" made a relative clause of "Hilfe"; "riefen zur
    Ruhe auf, Guterres verlangte", the first made the complement of "verlangte"): the later clause
    opens after the comma with a noun phrase before its finite verb. A frame of reported speech puts
    its verb first ("…, warnte Moskau"), a clause of its own opens with a conjunction or relative
    pronoun ("…, wie Moskau warnte", "…, die Moskau ablehnt"), a clause of what is said has its verb
    in the subjunctive ("…, Deutschland werde Sanktionen beschließen")."""
    if clause.dep_ not in COMPLEMENTS:
        return False
    head = clause.head
    earlier, later = (clause, head) if clause.i < head.i else (head, clause)
    # a verb in a compound tense is finite by its auxiliary ("…, Wien hat ihn kritisiert")
    finite = finite_word(later) if later.pos_ in VERBAL_POS else later
    if later.pos_ not in VERBAL_POS or not is_finite(finite) or finite.i > later.i:
        return False
    if later is clause and in_subjunctive(clause):
        return False  # what is said or charged: "kündigte an, Deutschland werde", "den Vorwurf, Kiew lasse"
    doc = clause.doc
    comma = next((i for i in range(finite.i - 1, earlier.i, -1) if doc[i].text == ","), None)
    if comma is None or comma + 1 == finite.i:
        return False
    prefield = doc[comma + 1 : finite.i]
    # a clause of its own opens with a conjunction or a relative or interrogative word, whatever the
    # tagger made of its part of speech ("worauf" as an adjective)
    opening = prefield[0]
    if opening.pos_ in ("SCONJ", "PRON", "ADV", "CCONJ") or opening.tag_ in CLAUSE_OPENERS:
        return False
    # the subject may be a list ("…, Wien und Prag haben ihn kritisiert")
    return all(t.pos_ in NOUN_PHRASE or t.lower_ in LIST_CONJUNCTIONS for t in prefield)


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
    if after.pos_ in VERBAL_POS and is_finite(after):
        own = clause_verb(event_word)
        return after != own and not _governs(own, after) and not _governs(after, own)
    # "die Nato eine Untersuchung": the list ran on into the article of a phrase of its own
    return (
        span.root.dep_ == "appos"
        and after.pos_ == "NOUN"
        and end - 1 >= span.end
        and doc[end - 1].pos_ == "DET"
    )
