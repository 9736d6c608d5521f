"""A subject the parse found in a phrase that German marks as an object. The masculine accusative and
the dative show in the article ("den", "dem", "einen", "einem"), which a title and a name may follow:
in "Bereits im Juli hatte Biden den Kronprinzen Mohammed bin Salman um Hilfe gebeten" the parse makes
"Salman" the subject, though "den Kronprinzen Mohammed bin Salman" is one phrase in the accusative.
In verb-second order the subject is then the name right after the finite verb, and the marked phrase
the patient. Where the parse found no subject at all, the name right after a finite auxiliary before
the verb is the subject too ("Vor zwei Wochen hatte Erdoğan den Hamas-Chef empfangen"): a bare name's
case and number are the tagger's guess, the auxiliary's number is not. Of two bare names after the
finite verb, the first is the subject (`first_of_two_names`)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import OBJECT_ARTICLES, ActorIndex, children
from lagebild.events.subject_repairs import agreeing_names_after

# the particles inside a name ("Mohammed bin Salman", "Ursula von der Leyen", "Abu Bakr al-Baghdadi")
NAME_PARTICLES = {"bin", "ibn", "al", "el", "von", "van", "de", "da", "di", "du", "le", "la", "der"}
# a title, adjectives and a name between the article and the head: "den neuen Präsidenten Xi Jinping"
LONGEST_PHRASE = 8


def object_marked_subject(
    subject: Token, finite: Token | None, actors: ActorIndex
) -> tuple[list[Span], Span | None]:
    """The names right after the finite verb as the source and the marked phrase as the patient, where
    the parse's subject lies after the finite verb in a phrase an object article opens; nothing else."""
    if finite is None or subject.i <= finite.i + 1:
        return [], None
    article = _article_of_phrase(subject)
    if article is None or article.lower_ not in OBJECT_ARTICLES:
        return [], None
    named = [n for n in agreeing_names_after(finite, actors) if n.end <= article.i]
    if not named:
        return [], None
    return named, actors.by_token.get(subject.i) or actors.of_phrase(subject)


def _article_of_phrase(noun: Token) -> Token | None:
    """The article that opens the noun phrase the noun ends, reading back over names, titles and
    adjectives; None if something else comes first."""
    doc = noun.doc
    for i in range(noun.i - 1, max(noun.sent.start, noun.i - LONGEST_PHRASE) - 1, -1):
        token = doc[i]
        if token.pos_ == "DET" and token.lower_ not in NAME_PARTICLES:
            return token
        part_of_name = token.pos_ in ("PROPN", "NOUN", "ADJ") or token.lower_ in NAME_PARTICLES
        if not part_of_name:
            return None
    return None


def name_after_auxiliary(verb: Token, actors: ActorIndex) -> list[Span]:
    """The name (or list of names) right after the finite auxiliary or modal before the verb, when the
    auxiliary agrees with it in number: one name with a singular, a list with a plural one."""
    auxiliary = next((a for a in children(verb, "aux", "aux:pass") if a.i < verb.i), None)
    if auxiliary is None or auxiliary.i + 1 >= verb.i:
        return []
    following = auxiliary.doc[auxiliary.i + 1]
    first = actors.by_token.get(following.i)
    if first is None or first.start != following.i or following.lower_ in OBJECT_ARTICLES:
        return []
    if first.end > verb.i:
        return []
    names = [first, *actors.listed_with(first)]
    number = set(auxiliary.morph.get("Number"))
    agrees = number == {"Sing"} and len(names) == 1 or number == {"Plur"} and len(names) > 1
    return names if agrees else []


def first_of_two_names(
    subject: Token, finite: Token | None, actors: ActorIndex
) -> tuple[list[Span], Span | None]:
    """Two bare names after the finite verb of a clause whose first place holds no name ("Bereits im
    Juli hatte Biden Kronprinz Mohammed bin Salman um Hilfe gebeten", the parse taking the second for
    the subject): the subject comes first in the middle field, so the first name is the source and
    the labelled subject the patient. Nothing where a name opens the clause or an article marks the
    first name as an object."""
    if finite is None or subject.i <= finite.i + 1 or subject.i not in actors.by_token:
        return [], None
    labelled = actors.by_token[subject.i]
    first = actors.by_token.get(finite.i + 1)
    if first is None or first.start != finite.i + 1 or first == labelled or first.end > labelled.start:
        return [], None
    if finite.doc[finite.i + 1].lower_ in OBJECT_ARTICLES or not _nameless_first_place(finite, actors):
        return [], None
    return [first], labelled


def _nameless_first_place(finite: Token, actors: ActorIndex) -> bool:
    """The words before the finite verb, at least one, name no actor: an adverbial or a time."""
    start = finite.sent.start
    return finite.i > start and all(i not in actors.by_token for i in range(start, finite.i))
