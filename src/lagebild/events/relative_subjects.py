"""The subject of a relative clause is the noun its relative pronoun stands for: "die Kanzlerin und
der Präsident, die ihm Hilfe zusagten" is the act of the names listed, "Menschenrechtler aus Haiti,
die der Polizei Gewalt vorwerfen" of the group. The actor stage links a relative pronoun to one
name at most, and to nothing where the antecedent is a group or body it does not resolve; the
antecedent's own phrase tells more, and where it names no side, no other noun of the clause is the
source. The antecedent is the noun right before the comma ("Vorwürfe gegenüber Polen, das …
liefere"), else the noun the parse hangs the relative clause on ("Menschenrechtler aus Haiti, die"),
if the pronoun agrees with it in gender or number; where that noun is the last of a list of names and
the finite verb is plural, the whole list ("Paris, London und Berlin, die Teheran … vorwerfen"). Where
the parse labels both the pronoun and a later noun the subject, the noun the finite verb disagrees
with in number is none ("…, die der Polizei Gewalt vorwerfen"). A relative pronoun the parse took
for an article ("China, das Port Moresby Hilfe angeboten hatte" with "das" on "Port Moresby") opens
the clause all the same: no clause after a comma ends in its verb without one."""

from __future__ import annotations

from spacy.tokens import Token

from lagebild.events.arguments import (
    RELATIVE_PRONOUNS,
    agrees_with_relative,
    children,
    is_zu_infinitive,
    word_before_closing_verbs,
)
from lagebild.events.event_clauses import NOMINAL_POS
from lagebild.events.subject_repairs import clause_finite, disagrees_in_number
from lagebild.pipeline.word_classes import RELATIVE_CLAUSES

RELATIVE_TAG = "PRELS"  # STTS: a substituting relative pronoun ("der", "die", "welche")
# the relative pronouns of the subject, which have the form of the definite article
ARTICLE_FORMS = {"der", "die", "das"}


def relative_antecedent(verb: Token, subject: Token) -> Token | None:
    """The antecedent of the verb's relative pronoun subject: the one the parse chose, or one it
    labelled beside a later noun the finite verb disagrees with in number."""
    found = _antecedent(subject)
    finite = clause_finite(verb)
    if found is not None:
        return _list_opened(found, finite)
    if finite is None or not disagrees_in_number(subject, finite):
        return None
    labelled = children(verb, "nsubj") + [s for a in children(verb, "aux") for s in children(a, "nsubj")]
    pronoun = next((t for t in labelled if t.i < subject.i and t.tag_ == RELATIVE_TAG), None)
    found = _antecedent(pronoun) if pronoun is not None else None
    return _list_opened(found, finite) if found is not None else None


def _list_opened(antecedent: Token, finite: Token | None) -> Token:
    """The first name of a list whose last one the parse gave the relative clause ("Paris, London und
    Berlin, die Teheran … vorwerfen"), where the finite verb is plural and the last one a name or a
    singular noun: the verb agrees with the whole list. A plural noun ("Moskau und die Separatisten,
    die …") may stand alone."""
    plural_verb = finite is not None and finite.morph.get("Number") == ["Plur"]
    named = antecedent.pos_ == "PROPN" or bool(antecedent.ent_type_)
    alone = not named and antecedent.morph.get("Number") != ["Sing"]
    if not plural_verb or alone:
        return antecedent
    first = antecedent
    while first.dep_ == "conj" and first.head.pos_ in NOMINAL_POS and first.head.i < first.i:
        first = first.head
    return first


def _antecedent(subject: Token) -> Token | None:
    """The noun a relative pronoun subject right after a comma stands for, else None."""
    # a determiner labelled the subject is no article but the pronoun ("Polen, das Berlin … vorwarf")
    pronoun = (
        subject.tag_ == RELATIVE_TAG or subject.pos_ == "DET" and subject.dep_ in ("nsubj", "nsubj:pass")
    )
    if not pronoun or subject.lower_ not in RELATIVE_PRONOUNS:
        return None
    if subject.i - 2 < subject.sent.start or subject.doc[subject.i - 1].text != ",":
        return None
    clause = subject.head
    hung_on = clause.head if clause.dep_ in RELATIVE_CLAUSES else None
    before = subject.doc[subject.i - 2]
    for candidate in (before, hung_on):
        if (
            candidate is not None
            and candidate.pos_ in NOMINAL_POS
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


def relative_read_as_article(verb: Token, subject: Token | None) -> tuple[Token, Token] | None:
    """The antecedent and the noun, where the relative clause's pronoun was parsed as the article of the
    noun after it ("Japan, das Kenia Hilfe angeboten hatte"): the pronoun opens the clause right after
    a comma, the clause ends in its finite verb and has no other relative pronoun. Subject relatives
    far outnumber object relatives, so the antecedent is taken for the subject where the form leaves
    no other reading or the finite verb disagrees with the noun in number. The parse repairs
    (`pipeline.relative_articles`, `pipeline.doubled_subjects`) leave this reading where the antecedent
    is no name or the noun no name to the tagger ("Port Moresby" a common noun)."""
    if verb.dep_ not in RELATIVE_CLAUSES or is_zu_infinitive(verb) or not verb_final(verb):
        return None
    pronoun = verb.left_edge
    if pronoun.text == "," and pronoun.i + 1 < verb.i:  # the parse may hang the comma on the clause
        pronoun = pronoun.doc[pronoun.i + 1]
    noun = pronoun.head
    if pronoun.lower_ not in ARTICLE_FORMS or pronoun.dep_ != "det" or pronoun.i < verb.sent.start + 2:
        return None
    if pronoun.doc[pronoun.i - 1].text != "," or noun.head != verb or noun.i > verb.i:
        return None
    if subject is not None and subject != noun:
        return None
    others = [t for t in pronoun.doc[pronoun.i + 1 : verb.i] if t.tag_ == RELATIVE_TAG]
    antecedent = _noun_before_comma(pronoun) or _hung_on(verb, pronoun)
    finite = clause_finite(verb)
    if others or antecedent is None or finite is None or disagrees_in_number(antecedent, finite):
        return None
    # "das" before a name ("Japan, das Kenia …") cannot be its article; "die" or "der" before a noun
    # may be either ("die Einweihung …, die Kathmandu gegeißelt hatte" has "die" the object): only a
    # noun the finite verb disagrees with is surely no subject ("Europäer, die Äthiopien unterstützen")
    bare_name = noun.i == pronoun.i + 1 and (noun.pos_ == "PROPN" or bool(noun.ent_type_))
    if not (bare_name and _name_rules_out(pronoun, noun, finite) or disagrees_in_number(noun, finite)):
        return None
    return antecedent, noun


def relative_read_as_object(verb: Token, subject: Token | None) -> tuple[Token, Token] | None:
    """The antecedent and the noun, where the parse labelled the relative pronoun that opens the clause
    the object and a noun after it the subject ("Washington, das Islamabad zu mehr Distanz gedrängt
    hatte", "Firmen, die Moskau beliefert haben sollen"). The same forms decide as for a pronoun read
    as an article: "das" right before a bare name, or a noun the finite verb disagrees with in number;
    the caller still asks that the antecedent name a side."""
    if subject is None or verb.dep_ not in RELATIVE_CLAUSES or is_zu_infinitive(verb):
        return None
    pronoun = verb.left_edge
    if pronoun.text == "," and pronoun.i + 1 < verb.i:
        pronoun = pronoun.doc[pronoun.i + 1]
    if pronoun.lower_ not in ("die", "das") or pronoun.dep_ != "obj" or pronoun.head != verb:
        return None
    if pronoun.i < verb.sent.start + 2 or pronoun.doc[pronoun.i - 1].text != "," or not verb_final(verb):
        return None
    if not pronoun.i < subject.i < verb.i or subject.head != verb:
        return None
    if any(t.tag_ == RELATIVE_TAG for t in pronoun.doc[pronoun.i + 1 : verb.i]):
        return None
    antecedent = _noun_before_comma(pronoun) or _hung_on(verb, pronoun)
    finite = clause_finite(verb)
    if antecedent is None or finite is None or disagrees_in_number(antecedent, finite):
        return None
    bare_name = subject.i == pronoun.i + 1 and (subject.pos_ == "PROPN" or bool(subject.ent_type_))
    if not (bare_name and _name_rules_out(pronoun, subject, finite) or disagrees_in_number(subject, finite)):
        return None
    return antecedent, subject


def subject_after_relative_object(verb: Token, pronoun: Token) -> Token | None:
    """The noun after a relative "die" or "das" that the parse labelled the clause's subject or object
    beside the pronoun ("das Abkommen, das Iran mit China unterzeichnet hat", "die Erklärung, die beide
    Regierungen unterzeichnet hatten"), if the finite verb agrees with it in number. Both forms are
    nominative or accusative; where the antecedent names no side (the caller asks), the pronoun is the
    object and this noun the subject."""
    if pronoun.lower_ not in ("die", "das") or pronoun.dep_ not in ("nsubj", "nsubj:pass"):
        return None
    if verb.dep_ not in RELATIVE_CLAUSES or is_zu_infinitive(verb) or not verb_final(verb):
        return None
    finite = clause_finite(verb)
    if finite is None or any(t.tag_ == RELATIVE_TAG for t in pronoun.doc[pronoun.i + 1 : verb.i]):
        return None
    labelled = children(verb, "nsubj", "obj") + [
        s for a in children(verb, "aux") for s in children(a, "nsubj")
    ]
    noun = min((t for t in labelled if pronoun.i < t.i < verb.i), key=lambda t: t.i, default=None)
    if noun is None or noun.pos_ not in NOMINAL_POS or disagrees_in_number(noun, finite):
        return None
    return noun


def _name_rules_out(pronoun: Token, name: Token, finite: Token) -> bool:
    """A bare name right after the relative pronoun cannot be the subject: "das" before it is no
    article ("Japan, das Kenia …"), and a name without article or list is one state or city, which
    a plural verb does not agree with ("Paris und Rom, die Kiew … unterstützen")."""
    if pronoun.lower_ == "das":
        return True
    listed = name.dep_ == "conj" or bool(children(name, "conj"))
    plural_name = "Plur" in name.morph.get("Number")
    return finite.morph.get("Number") == ["Plur"] and not listed and not plural_name


def verb_final(verb: Token) -> bool:
    """A relative clause ends in its verb: only its auxiliaries and punctuation follow ("…, die Polizei
    nahm mehrere fest" with its particle after the verb is a main clause of its own)."""
    return all(c.is_punct or c.dep_ in ("aux", "aux:pass") for c in verb.children if c.i > verb.i)


def _noun_before_comma(pronoun: Token) -> Token | None:
    before = word_before_closing_verbs(pronoun)
    return before if before is not None and _may_stand_for(pronoun, before) else None


def _hung_on(verb: Token, pronoun: Token) -> Token | None:
    noun = verb.head
    return noun if noun.i < pronoun.i and _may_stand_for(pronoun, noun) else None


def _may_stand_for(pronoun: Token, noun: Token) -> bool:
    """A noun whose gender or number fits the pronoun, or a name, whose gender the tagger guesses."""
    return noun.pos_ == "PROPN" or noun.pos_ == "NOUN" and agrees_with_relative(pronoun, noun)
