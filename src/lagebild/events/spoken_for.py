"""Whom "er" or "sie" speaks for when coreference found the person but the person has no side: "Seoul
wird die Lautsprecher wieder einschalten, teilt Sicherheitsberater Chang Ho Jin mit. Er wirft
Pjöngjang vor, …". The knowledge base does not know the adviser, so the pronoun's person acts for
nobody; the sentence that introduced him is about Seoul, the body he speaks for. Only a body that
is the subject in that very sentence: a state named only later or elsewhere is no clue to whom an
unknown person (an expert, a witness) speaks for."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import SUBJECT_DEPS, ActorIndex, side_of
from lagebild.pipeline.word_classes import PERSON_LABELS

PERSON_PRONOUNS = {"er", "sie"}


def body_spoken_for(pronoun: Token, actors: ActorIndex) -> Span | None:
    """The body with a side that is the subject of the sentence introducing the side-less person a
    personal pronoun refers to; None where the person has a side or the sentence names no such body."""
    referent = actors.by_token.get(pronoun.i)
    if pronoun.lower_ not in PERSON_PRONOUNS or referent is None or side_of(referent) is not None:
        return None
    antecedent = referent._.antecedent if referent.has_extension("antecedent") else None
    if antecedent is None or antecedent.label_ not in PERSON_LABELS:
        return None
    # the person introduced as the subject of a sentence before ("…, teilt Berater X mit. Er …"); one
    # named in the pronoun's own sentence, or as an object ("verurteilte den Russen X, weil er …"), is
    # someone that sentence's body acts on, not for
    if antecedent.sent.start == pronoun.sent.start or antecedent.root.dep_ not in SUBJECT_DEPS:
        return None
    # the pronoun agrees with the person, not with the body ("er" for Seoul): any subject body will do,
    # if all that the sentence has name one side
    sentence = antecedent.sent
    bodies = {
        (span.start, span.end): span
        for i in range(sentence.start, sentence.end)
        if (span := actors.by_token.get(i)) is not None
        and span.label_ not in PERSON_LABELS
        and span.root.dep_ in SUBJECT_DEPS
        and side_of(span) is not None
    }
    sides = {side_of(span) for span in bodies.values()}
    return next(iter(bodies.values())) if len(sides) == 1 else None
