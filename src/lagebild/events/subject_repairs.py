"""Subjects a weak parse misplaces, and where the real one stands: a sentence adverb taken for the
subject ("Unterdessen nahm die Polizei … fest"), a finite verb hung on its subject as an attribute
("griffen Kämpfer der Miliz … an"), a second verb that shares the first one's subject, a headline
participle read as a passive, the row's object fronted before the verb ("Eine Neuwahl lehnte Tokajew
ab"). `sources.sources_and_patient` decides when to ask."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import (
    OBJECT_ARTICLES,
    ActorIndex,
    children,
    misparsed_as_attribute,
    names_an_event,
    subject_of,
)
from lagebild.events.triggers import Trigger

# adverbs that open a sentence, capitalised there and so taken for nouns ("Unterdessen nahm die
# Polizei …", "Zugleich verhängten …")
SENTENCE_ADVERBS = {"unterdessen", "indessen", "indes", "derweil", "zugleich", "zudem", "außerdem",
                    "inzwischen", "daraufhin", "dennoch", "trotzdem", "gleichzeitig", "danach",
                    "anschließend", "zuvor", "bislang", "bisher", "seither", "später", "damals"}  # fmt: skip


def adverb_in_front(subject: Token, verb: Token) -> bool:
    """The "subject" is a sentence adverb before the finite verb: the subject follows the verb."""
    bare = subject.n_lefts + subject.n_rights == 0
    return subject.i < verb.i and bare and subject.lower_ in SENTENCE_ADVERBS


def subject_taken_for_head(verb: Token) -> Token | None:
    """A finite verb the parse hung on a noun as its attribute or adverb, where that noun is the
    subject: after the verb in verb-second order ("In Jemen griffen Kämpfer der Miliz … an") or
    before it ("Angehörige der Geiseln demonstrierten …"). Not an act noun: that is the object."""
    noun = verb.head
    if verb.dep_ not in ("amod", "advmod") or noun.pos_ not in ("NOUN", "PROPN") or names_an_event(noun):
        return None
    finite = verb.tag_ == "VVFIN" or misparsed_as_attribute(verb)
    return noun if finite else None


PHRASE_PARTS = ("det", "amod", "nmod", "appos", "flat", "flat:name", "compound", "nummod", "det:poss")


def phrase_actor(noun: Token, actors: ActorIndex) -> Span | None:
    """The actor a subject noun phrase names, reading on from its head only as long as the words
    belong to it ("Kämpfer der Miliz des Generals"), not into an object the parse hung on it."""
    if noun.i in actors.by_token:
        return actors.by_token[noun.i]
    for token in noun.doc[noun.i + 1 : noun.sent.end]:
        if token.pos_ not in ("DET", "ADJ", "NOUN", "PROPN") or token.dep_ not in PHRASE_PARTS:
            return None
        if token.lower_ in OBJECT_ARTICLES:  # "den Flughafen": an object the parse hung on the subject
            return None
        if token.i in actors.by_token:
            return actors.by_token[token.i]
    return None


def object_after(verb: Token, subject: Token, actors: ActorIndex) -> Span | None:
    """The actor of the verb's first object other than the subject the parse took for one."""
    taken = {t.i for t in subject.subtree}
    for candidate in children(verb, "obj", "iobj"):
        if candidate.i not in taken and candidate.i > subject.i:
            return actors.of_phrase(candidate)
    return None


def shared_subject(verb: Token) -> Token | None:
    """The subject of a verb the parse gave none: a second verb coordinated with the first shares its
    subject also where the parse hung it on the first one's particle ("Belgrad bestellte den
    Botschafter ein und verwies …"); with a reflexive object, the other noun labelled an object is
    the subject ("weil sich beide Länder weigern")."""
    if children(verb, "nsubj", "nsubj:pass"):
        return None
    head = verb.head
    if verb.dep_ == "conj" and head.dep_ == "compound:prt" and head.head.pos_ in ("VERB", "AUX"):
        return subject_of(head.head)
    objects = children(verb, "obj")
    if any(o.lower_ == "sich" for o in objects):
        return next((o for o in objects if o.pos_ == "NOUN" and "Nom" in o.morph.get("Case")), None)
    return None


def subject_after_participle(verb: Token) -> bool:
    """A participle form the tagger took for a headline passive ("Gespräche mit Seoul verweigert
    Pjöngjang seit …") is active when the parse gives it a name as its subject after it and no passive
    marks; a noun after it is more likely the object the parse mislabelled."""
    after = any(c.i > verb.i and c.pos_ == "PROPN" for c in children(verb, "nsubj"))
    return after and not children(verb, "aux:pass", "nsubj:pass")


def act_object_in_front(trigger: Trigger, subject: Token) -> bool:
    """The labelled subject before the verb is the noun the row wants as the verb's object."""
    noun = trigger.object_noun
    return subject.i < trigger.token.i and (subject == noun or subject.lower_ in trigger.entry.objects)


def name_after_finite(verb: Token, actors: ActorIndex) -> Span | None:
    """The name right after the finite verb, the subject in verb-second order; a bare name's case is
    the tagger's guess, an article marks an object ("lehnte den Vorschlag ab")."""
    finite = next((a for a in children(verb, "aux") if a.i < verb.i), verb)
    following = verb.doc[finite.i + 1] if finite.i + 1 < verb.sent.end else None
    if following is None or following.i not in actors.by_token or following.lower_ in OBJECT_ARTICLES:
        return None
    span = actors.by_token[following.i]
    return span if span.start == following.i else None
