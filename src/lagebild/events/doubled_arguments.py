"""Two noun phrases of one clause that the parse gave the same label: two subjects ("Der Präsident hat
Indien aufgefordert, …" with "Indien" a second subject) or two objects and no subject ("Mit großer
Mehrheit hat die Vollversammlung Russland aufgefordert, …"). A clause has one subject, and in the
German middle field the subject comes before the objects; so the first of the two is the subject and
the second the object, the one an object-control verb ("auffordern", "bitten") hands its "zu"
infinitive as its subject. A phrase with a preposition or an article that marks an object ("den",
"dem") is neither."""

from __future__ import annotations

from spacy.tokens import Token

from lagebild.events.event_clauses import NOMINAL_POS
from lagebild.pipeline.word_classes import PERSON_LABELS

# articles that mark a phrase as no subject: masculine accusative, dative, genitive
OBJECT_MARKING = {"den", "dem", "des", "einen", "einem", "eines", "diesen", "diesem", "dieses"}


def doubled_subject_and_object(verb: Token) -> tuple[Token, Token] | None:
    """The subject and the object of a clause whose parse gave two bare noun phrases the same label,
    subject or object (the object one only where no subject is labelled at all); None otherwise."""
    auxiliaries = [a for a in verb.children if a.dep_ in ("aux", "aux:pass")]
    heads = (verb, *auxiliaries)
    subjects = [c for h in heads for c in h.children if c.dep_ == "nsubj" and _bare(c)]
    objects = [c for c in verb.children if c.dep_ == "obj" and _bare(c)]
    labelled_subject = any(c.dep_ in ("nsubj", "nsubj:pass") for h in heads for c in h.children)
    if len(subjects) == 2:
        pair = sorted(subjects, key=lambda t: t.i)
    elif len(objects) == 2 and not labelled_subject:
        pair = sorted(objects, key=lambda t: t.i)
    else:
        return None
    first, second = pair
    # a title the parse split from a person's name is one phrase ("Präsident Macron"); a state's name
    # after a noun is a phrase of its own ("die Vollversammlung Russland aufgefordert")
    title = second.i == first.i + 1 and second.ent_type_ in PERSON_LABELS
    if title or _object_marked(first):
        return None
    finite = next((a for a in auxiliaries if a.i < verb.i), verb)
    # the object stands in the middle field, after the finite verb
    return (first, second) if second.i > finite.i else None


def _bare(noun: Token) -> bool:
    return noun.pos_ in NOMINAL_POS and not any(c.dep_ == "case" for c in noun.children)


def _object_marked(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in OBJECT_MARKING for c in noun.children)
