"""Sanctions that take effect: "Die Zölle auf mexikanische Einfuhren traten am Dienstag in Kraft", "Die
Sperre des deutschen Luftraums für russische Maschinen ist nun in Kraft", "Dann träten die Gegenzölle in
Kraft". The measure is the subject and no one imposes it in the clause; the banks code it as the measure
(163) by the side that imposes it against the side it is aimed at. That side is the owner of what is
closed ("des deutschen Luftraums", "des EU-Luftraums"), the abbreviation before the hyphen ("die
US-Zölle"), else the one side that imposed, threatened or eased sanctions in the sentences before.

A measure that stays in force ("bleiben in Kraft", "solange die Sanktionen in Kraft sind") is a state of
affairs, not an act, and is left alone."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from lagebild.events.arguments import (
    ActorIndex,
    abbreviated_agent,
    adjective_actor,
    children,
    preposition_of,
    side_named,
    side_of,
)
from lagebild.events.context_targets import context_start
from lagebild.events.lexicon import Lexicon
from lagebild.events.modality import modality_of
from lagebild.events.one_side_acts import one_imposer
from lagebild.events.triggers import noun_trigger
from lagebild.events.word_events import coded_between, word_event
from lagebild.pipeline.annotations import EventInfo
from lagebild.pipeline.word_classes import RELATIVE_CLAUSES

SANCTION = "163"
# measures the lexicon has no row for on their own: tariffs and closures ("die Zölle", "die Abgaben",
# "die Sperre des Luftraums"), also as the end of a compound ("Gegenzölle", "Visasperren")
MEASURE_ENDINGS = ("zoll", "zölle", "zöllen", "sperre", "sperren", "abgaben")
# "in Kraft treten": taking effect (by its forms too: the lemmatiser leaves "tritt" as it is); "ist nun
# in Kraft" with an adverb of the moment it began
TAKING = frozenset({"treten", "tritt", "trat", "traten", "träte", "träten", "getreten"})
FORCE, BEING = "kraft", "sein"
# (not "bereits", "seither", "seit": a measure already in force is left alone)
SINCE_NOW = frozenset({"nun", "jetzt", "ab"})
# what the measure is aimed at: "für russische Maschinen", "auf mexikanische Einfuhren", "gegen Minsk"
AIMED_AT = ("für", "auf", "gegen", "aus")
CONFIDENCE = 0.6


def measures_in_force(
    sentence: Span, acts: list[EventInfo], context: list[EventInfo], actors: ActorIndex, lexicon: Lexicon
) -> list[EventInfo]:
    """163 for each measure the sentence says takes effect, from its imposer to whom it is aimed at,
    unless the sentence codes that already."""
    found = []
    for noun in sentence:
        verb = _taking_effect(noun)
        if verb is None or not _measure(noun, lexicon):
            continue
        imposer, aimed_at = _own_imposer(noun, actors), _aimed_at(noun, verb, actors)
        if imposer is None:
            imposed = one_imposer(context, context_start(sentence))
            if imposed is None:
                continue
            imposer, aimed_at = imposed.source, aimed_at or imposed.target
        if aimed_at is None or side_of(aimed_at) in (None, side_of(imposer)):
            continue
        if coded_between(acts + found, SANCTION, imposer, aimed_at):
            continue
        event = word_event(noun, SANCTION, CONFIDENCE, imposer, aimed_at)
        modality = modality_of(verb, sentence, None, sentence.doc._.article_date)
        found.append(replace(event, modality=modality))
    return found


def _measure(noun: Token, lexicon: Lexicon) -> bool:
    if noun.pos_ != "NOUN":
        return False
    trigger = noun_trigger(noun, lexicon)
    return (trigger is not None and trigger.entry.code == SANCTION) or noun.lower_.endswith(MEASURE_ENDINGS)


def _taking_effect(noun: Token) -> Token | None:
    """The word by which the clause says the noun takes effect: "treten … in Kraft" with the noun as its
    subject (the parse also makes it the object, or the noun a relative clause describes: "Die Zölle,
    die am Montag in Kraft treten sollten"), or "ist nun in Kraft"."""
    head = noun.head
    if noun.dep_ in ("nsubj", "obj") and _treten_in_kraft(head):
        return head
    for clause in children(noun, *RELATIVE_CLAUSES):
        if _treten_in_kraft(clause) and any(c.tag_ == "PRELS" for c in children(clause, "nsubj")):
            return clause
    # "ist nun in Kraft": the parse makes "Kraft" the head with "ist" its copula, or "ist" the head
    is_in_force = head.lower_ == FORCE and preposition_of(head) == "in" and bool(children(head, "cop"))
    is_in_force |= head.lemma_.lower() == BEING and _in_kraft(head)
    if noun.dep_ == "nsubj" and is_in_force and any(c.lower_ in SINCE_NOW for c in head.children):
        return head
    return None


def _treten_in_kraft(verb: Token) -> bool:
    return (verb.lemma_.lower() in TAKING or verb.lower_ in TAKING) and _in_kraft(verb)


def _in_kraft(verb: Token) -> bool:
    return any(c.lower_ == FORCE and preposition_of(c) == "in" for c in verb.children)


def _own_imposer(noun: Token, actors: ActorIndex) -> Span | None:
    """Who imposes the measure by its own words: the abbreviation before the hyphen ("die US-Zölle"), or
    the owner of what it closes ("die Sperre des deutschen Luftraums", "des EU-Luftraums")."""
    own = abbreviated_agent(noun)
    if own is not None:
        return own
    return next(filter(None, (adjective_actor(c) or actors.of_phrase(c) for c in _closed(noun))), None)


def _aimed_at(noun: Token, verb: Token, actors: ActorIndex) -> Span | None:
    """The side a phrase of the noun names as hit: "für russische Maschinen", "auf Waren aus Mexiko";
    the parse may hang the phrase on the verb ("waren Zölle auf mexikanische Einfuhren in Kraft
    getreten")."""
    # or on what the measure closes ("die Sperre des Luftraums für russische Flugzeuge")
    for phrase in [
        *children(noun, "nmod", "obl"),
        *children(verb, "obl"),
        *(p for c in _closed(noun) for p in children(c, "nmod")),
    ]:
        if preposition_of(phrase) not in AIMED_AT:
            continue
        found = side_named(phrase, actors)
        if found is None:
            found = next(filter(None, (actors.of_phrase(c) for c in children(phrase, "nmod"))), None)
        if found is not None:
            return found
    return None


def _closed(noun: Token) -> list[Token]:
    """What the measure closes: its genitive attributes ("die Sperre des deutschen Luftraums")."""
    return [c for c in children(noun, "nmod") if preposition_of(c) is None]
