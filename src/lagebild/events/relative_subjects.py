"""The subject of a relative clause is the noun its relative pronoun stands for: "die Kanzlerin und
der Präsident, die ihm Hilfe zusagten" is the act of the names listed, "Menschenrechtler aus Haiti,
die der Polizei Gewalt vorwerfen" of the group. The actor stage links a relative pronoun to one
name at most, and to nothing where the antecedent is a group or body it does not resolve; the
antecedent's own phrase tells more, and where it names no side, no other noun of the clause is the
source. The antecedent is the noun right before the comma ("Vorwürfe gegenüber Polen, das …
liefere"), else the noun the parse hangs the relative clause on ("Menschenrechtler aus Haiti, die"),
if the pronoun agrees with it in gender or number. Where the parse labels both the pronoun and a
later noun the subject, the noun the finite verb disagrees with in number is none ("…, die der
Polizei Gewalt vorwerfen")."""

from __future__ import annotations

from spacy.tokens import Token

from lagebild.events.arguments import RELATIVE_PRONOUNS, children
from lagebild.events.subject_repairs import clause_finite, disagrees_in_number

RELATIVE_TAG = "PRELS"  # STTS: a substituting relative pronoun ("der", "die", "welche")
RELATIVE_CLAUSE_DEPS = ("acl", "acl:relcl")


def relative_antecedent(verb: Token, subject: Token) -> Token | None:
    """The antecedent of the verb's relative pronoun subject: the one the parse chose, or one it
    labelled beside a later noun the finite verb disagrees with in number."""
    found = _antecedent(subject)
    if found is not None:
        return found
    finite = clause_finite(verb)
    if finite is None or not disagrees_in_number(subject, finite):
        return None
    labelled = children(verb, "nsubj") + [s for a in children(verb, "aux") for s in children(a, "nsubj")]
    pronoun = next((t for t in labelled if t.i < subject.i and t.tag_ == RELATIVE_TAG), None)
    return _antecedent(pronoun) if pronoun is not None else None


def _antecedent(subject: Token) -> Token | None:
    """The noun a relative pronoun subject right after a comma stands for, else None."""
    if subject.tag_ != RELATIVE_TAG or subject.lower_ not in RELATIVE_PRONOUNS:
        return None
    if subject.i - 2 < subject.sent.start or subject.doc[subject.i - 1].text != ",":
        return None
    clause = subject.head
    hung_on = clause.head if clause.dep_ in RELATIVE_CLAUSE_DEPS else None
    before = subject.doc[subject.i - 2]
    for candidate in (before, hung_on):
        if (
            candidate is not None
            and candidate.pos_ in ("NOUN", "PROPN")
            and candidate.i < subject.i
            and _agrees(subject, candidate)
        ):
            return candidate
    return None


def _agrees(pronoun: Token, noun: Token) -> bool:
    """The pronoun may stand for the noun: its gender or plural matches the noun's, or the tagger
    marked neither on the noun (a bare name)."""
    marks = set(noun.morph.get("Gender")) | (set(noun.morph.get("Number")) - {"Sing"})
    return not marks or bool(marks & RELATIVE_PRONOUNS[pronoun.lower_])
