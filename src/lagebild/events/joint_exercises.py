"""A joint exercise or patrol the sentence names is military cooperation (062) between its participants,
both ways, wherever the noun stands: "Moskau macht die gemeinsamen Manöver Washingtons und Seouls
verantwortlich", "warf den USA und Südkorea vor, mit ihren gemeinsamen Manövern eine Invasion
vorzubereiten", "Seoul und Washington antworteten mit einer gemeinsamen Übung", "die gemeinsame
Marineübung mit Russland und China". The gold guidelines count nominal mentions where actor and act are
in the sentence, and the banks code such an exercise so, whatever else the sentence says of it.

Only "gemeinsam" makes an exercise a joint one: the exercise of an army alone, also one named by two
adjectives ("des russisch-belarussischen Manövers"), stays a show of force (150), as the banks code it.
The participants are the exercise's genitive ("Washingtons und Seouls"), its "mit" phrase, or else the
coordinated actors of the clause it stands in (its subject, or the addressees a possessive "ihren"
points back to)."""

from __future__ import annotations

from itertools import permutations

from spacy.tokens import Span, Token

from lagebild.events.arguments import ActorIndex, genitive_attributes, preposition_of, side_of
from lagebild.events.word_events import word_event
from lagebild.pipeline.annotations import EventInfo

MILITARY_COOPERATION = "062"
# exercises and patrols, also in compounds ("Marineübung", "Militärmanöver", "Grenzpatrouillen")
EXERCISES = ("manöver", "manövern", "manövers", "übung", "übungen", "patrouille", "patrouillen")
JOINT = "gemeinsam"
PARTNER_PREPOSITION = "mit"
# the clause dependents that may name the participants together: subject, objects, a bare dative
CLAUSE_DEPS = ("nsubj", "obj", "iobj", "obl:arg")
JOINT_CONFIDENCE = 0.6


def joint_exercises(sentence: Span, events: list[EventInfo], actors: ActorIndex) -> list[EventInfo]:
    """062 both ways between the participants of each joint exercise, unless the sentence codes one."""
    if any(e.code == MILITARY_COOPERATION for e in events):
        return []
    found = []
    for noun in sentence:
        if noun.pos_ != "NOUN" or not noun.lower_.endswith(EXERCISES) or not _joint(noun):
            continue
        partners = _one_per_side(_participants(noun, actors))
        for source, target in permutations(partners, 2):
            found.append(word_event(noun, MILITARY_COOPERATION, JOINT_CONFIDENCE, source, target))
    return found


def _joint(noun: Token) -> bool:
    return any(c.dep_ == "amod" and c.lower_.startswith(JOINT) for c in noun.children)


def _participants(noun: Token, actors: ActorIndex) -> list[Span]:
    named = [a for g in genitive_attributes(noun) for a in actors.of_phrases(g)]
    named += [
        a for c in noun.children if preposition_of(c) == PARTNER_PREPOSITION for a in actors.of_phrases(c)
    ]
    if named:
        return named
    # the clause the exercise stands in, and the clauses above it ("warf … vor, mit ihren Manövern …")
    head = noun.head
    while True:
        for dependent in (c for c in head.children if c.dep_ in CLAUSE_DEPS and c.i != noun.i):
            together = actors.of_phrases(dependent)
            if len(_one_per_side(together)) > 1:
                return together
        if head.head.i == head.i:
            return []
        head = head.head


def _one_per_side(spans: list[Span]) -> list[Span]:
    by_side: dict[str, Span] = {}
    for span in spans:
        side = side_of(span)
        if side is not None:
            by_side.setdefault(side, span)
    return list(by_side.values())
