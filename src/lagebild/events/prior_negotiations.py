"""Negotiations a sentence names as what led to its act took place between the parties that act together:
"Nach wochenlangen Verhandlungen haben sich Israel und die Hamas auf eine Feuerpause verständigt", "Nach
monatelangen indirekten Verhandlungen haben die Vereinigten Staaten und Iran Gefangene ausgetauscht",
"Nach zehn Tagen zäher Verhandlungen haben die Regierung und die Rebellen … vereinbart". The fronted
"nach" phrase is a time phrase, which the coder does not read as an act of its own; but the banks code
the negotiations (046) between the coordinated subjects, both ways, besides the act they led to.

Only a subject of two or more actors negotiates with itself: "Nach Gesprächen mit Scholz kündigte Macron
an, …" names no second party in the subject and is left to the rows of "Gespräch"."""

from __future__ import annotations

from itertools import permutations

from spacy.tokens import Span, Token

from lagebild.events.arguments import SUBJECT_DEPS, ActorIndex, actor_of, preposition_of
from lagebild.events.word_events import word_event
from lagebild.pipeline.annotations import EventInfo

NEGOTIATION = "046"
CONSULTING_ROOT = "04"
AFTER = "nach"
# negotiations and rounds of talks, also in compounds ("Friedensverhandlungen", "Gesprächsrunden")
NEGOTIATIONS = ("verhandlungen", "gesprächen", "gesprächsrunden", "verhandlungsrunden")
NEGOTIATION_CONFIDENCE = 0.6


def prior_negotiations(sentence: Span, events: list[EventInfo], actors: ActorIndex) -> list[EventInfo]:
    """046 both ways between the coordinated subjects of a verb whose "nach" phrase names negotiations,
    unless the sentence codes a consultation between them already."""
    found = []
    for phrase in sentence:
        if preposition_of(phrase) != AFTER or not _names_negotiations(phrase):
            continue
        verb = phrase.head
        parties = _distinct_actors(
            [a for s in verb.children if s.dep_ in SUBJECT_DEPS for a in actors.of_phrases(s)]
        )
        for source, target in permutations(parties, 2):
            if not _consulting(events, source, target):
                found.append(word_event(phrase, NEGOTIATION, NEGOTIATION_CONFIDENCE, source, target))
    return found


def _names_negotiations(phrase: Token) -> bool:
    """The phrase's noun, or its genitive ("nach zehn Tagen zäher Verhandlungen")."""
    nouns = [phrase, *(c for c in phrase.children if c.dep_ == "nmod" and preposition_of(c) is None)]
    return any(n.lower_.endswith(NEGOTIATIONS) for n in nouns)


def _distinct_actors(spans: list[Span]) -> list[Span]:
    """One span per actor: a government and the rebels of its state are two parties."""
    by_actor: dict[str, Span] = {}
    for span in spans:
        actor = actor_of(span)
        if actor is not None and actor.actor_code:
            by_actor.setdefault(actor.actor_code, span)
    return list(by_actor.values()) if len(by_actor) > 1 else []


def _consulting(events: list[EventInfo], source: Span, target: Span) -> bool:
    return any(
        e.code.startswith(CONSULTING_ROOT) and e.source == source and e.target == target for e in events
    )
