"""Answers held out on a condition by verbs that name no act of their own: "Sollten die USA einen Test
vorbereiten, werde Russland nachziehen", "…, werde Russland entsprechend handeln", "Sollte Minsk die
Grenze schließen, werde Vilnius Konsequenzen ziehen". Said by the answering side, the answer to the other
side's conduct threatens it (gold guideline: a conditional threat is an asserted 13x event plus the act
held out); the act itself is the condition's own, which the banks code by its words where it names one.

Only after a condition: without one, "nachziehen" tells a state following others ("Die EU will im März
nachziehen"), and "Konsequenzen ziehen" a lesson drawn at home.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import ActorIndex
from lagebild.events.conditions import condition_clauses, is_conditional_consequence
from lagebild.events.word_events import new_word_events
from lagebild.pipeline.annotations import EventInfo
from lagebild.pipeline.word_classes import PARTICLE_DEPS, SUBJECT_DEPS

THREAT = "130"
HELD_OUT_CONFIDENCE = 0.6
FOLLOWING = "nachziehen"  # "zieht nach", "nachziehen", "nachgezogen"
FOLLOWING_PARTICLE = ("ziehen", "nach")
# "entsprechend handeln": acting as the other side's conduct calls for
ACTING = "handeln"
AS_CALLED_FOR = {"entsprechend"}
# "Konsequenzen ziehen"
DRAWING = "ziehen"
CONSEQUENCES = {"konsequenz", "konsequenzen"}


def conditional_answers(sentence: Span, events: list[EventInfo], actors: ActorIndex) -> list[EventInfo]:
    """A 130 from the subject of each such answer to the subject of its condition, unless the sentence
    codes a threat between them already."""
    found: list[EventInfo] = []
    for verb in sentence:
        if not _answering_idiom(verb) or not is_conditional_consequence(verb):
            continue
        targets = [actor for clause in condition_clauses(verb) for actor in _subjects(clause, actors)]
        found += new_word_events(
            verb, THREAT, HELD_OUT_CONFIDENCE, _subjects(verb, actors), targets, events + found
        )
    return found


def _answering_idiom(verb: Token) -> bool:
    """ "nachziehen" (also "zieht … nach"), "entsprechend handeln", "Konsequenzen ziehen"."""
    lemma = verb.lemma_.lower()
    if lemma == FOLLOWING:
        return True
    particles = {c.lower_ for c in verb.children if c.dep_ in PARTICLE_DEPS}
    if (lemma, *particles) == FOLLOWING_PARTICLE:
        return True
    if lemma == ACTING:
        return any(c.lower_ in AS_CALLED_FOR for c in verb.children if c.dep_ == "advmod")
    return lemma == DRAWING and any(
        c.dep_ == "obj" and c.lemma_.lower() in CONSEQUENCES for c in verb.children
    )


def _subjects(verb: Token, actors: ActorIndex) -> list[Span]:
    """The actors of the verb's subject phrases, coordinated ones included."""
    return [actor for s in verb.children if s.dep_ in SUBJECT_DEPS for actor in actors.of_phrases(s)]
