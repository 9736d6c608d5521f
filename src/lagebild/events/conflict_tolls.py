"""The toll of the article's war, reported without who fought or attacked: "Bei einem Schusswechsel wurde
ein kambodschanischer Soldat getötet", "Nach Angaben der Armee starben acht Soldaten bei Gefechten mit
der Hisbollah", "Mindestens 49 armenische Soldaten seien getötet worden". Where the article has coded a
conflict between two states before, such a toll is that conflict again: a fight noun named as its
occasion is fought by both, in both directions, and dead of one of the two states were killed by the
other. The banks code these sentences so; `casualty_reports` only reads a toll that points back to
one attack or whose dead are of two states.

Precision first: only where the sentence codes no violence of its own, the states the toll names (its
dead, those fought "mit") are all of the conflict's two, and a toll without a fight named as its
occasion has dead of one of the two states and names no other occasion ("bei einem Unfall")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import (
    ActorIndex,
    actor_of,
    children,
    preposition_of,
    side_named,
    side_of,
    stand_in,
    state_adjectives,
    state_of_adjective,
)
from lagebild.events.codebook import FORCE_ROOTS
from lagebild.events.fighting_sides import FIGHT_ENDINGS
from lagebild.events.lexicon import Lexicon
from lagebild.events.senses import FIGHTING
from lagebild.events.targets_both_sides import conflict_sides
from lagebild.events.triggers import noun_trigger
from lagebild.events.word_events import word_event
from lagebild.pipeline.annotations import EventInfo

# a "bei" phrase names the occasion of a toll ("bei dem Gefecht", "beim Schusswechsel")
OCCASION = ("bei", "beim")
# the side a fight is fought with ("bei Gefechten mit Kämpfern der Hisbollah")
PARTNER = "mit"
# "zwischen X und Y": a fight's own sides
BETWEEN = "zwischen"
# interrogative words (STTS PWS, PWAT, PWAV): "wie viele", "wer", "wo"
QUESTION_WORDS = "PW"
# what opens an indirect question, often tagged a conjunction ("wie viele …", "ob …")
ASKING_MARKS = frozenset({"wie", "ob"})
# clauses of their own: a question word in one of them asks nothing of the toll ("Wie das Ministerium
# mitteilte, wurden zwei Soldaten getötet")
OWN_CLAUSES = frozenset({"advcl", "ccomp", "parataxis", "acl"})
DETERMINER = "det"
SUBJECTS = ("nsubj", "nsubj:pass")
CONFIDENCE = 0.55


def tolls_of_the_conflict(
    sentence: Span, tolls: list[Token], before: list[EventInfo], actors: ActorIndex, lexicon: Lexicon
) -> list[EventInfo]:
    """A fight named as a toll's occasion, fought in both directions by the two sides of the article's
    conflict; else the killing of dead of one side by the other."""
    # the sides that fought or attacked each other before, not those that only quarrelled
    pair = conflict_sides([e for e in before if e.code[:2] in FORCE_ROOTS], two_states=True)
    tolls = [verb for verb in tolls if not _asked(verb)]
    if len(pair) != 2 or not tolls:
        return []
    sides = {side_of(s): s for s in pair}
    dead = _states_of_the_dead(sentence, tolls, actors)
    occasions = [c for verb in tolls for c in verb.children if preposition_of(c) in OCCASION]
    fights = [n for n in occasions if _is_fight(n, lexicon)]
    if len(fights) == 1:
        named = dead | {side_of(p) for p in _partners(fights[0], actors)}
        if not named <= sides.keys():
            return []
        code = noun_trigger(fights[0], lexicon).entry.code
        first, second = pair
        return [word_event(fights[0], code, CONFIDENCE, a, b) for a, b in ((first, second), (second, first))]
    if occasions or len(dead) != 1 or not dead <= sides.keys():
        return []
    (victim,) = dead
    (killer,) = (s for side, s in sides.items() if side != victim)
    # a killing in war by a side the sentence leaves to the article: the banks' unspecified force
    return [word_event(tolls[0], FIGHTING, CONFIDENCE, killer, sides[victim])]


def _asked(verb: Token) -> bool:
    """A toll asked after, not reported: a clause opened by a question word ("Wie viele Menschen bei den
    Kämpfen starben, ist unklar", "ob dabei Soldaten getötet wurden"), not one that opens a clause of its
    own before the toll ("Wie das Ministerium mitteilte, wurden …")."""
    first = verb.left_edge
    if not (first.tag_.startswith(QUESTION_WORDS) or first.lower_ in ASKING_MARKS):
        return False
    token = first
    while token != verb and token.head != token:
        if token.dep_ in OWN_CLAUSES:
            return False
        token = token.head
    return True


def _is_fight(noun: Token, lexicon: Lexicon) -> bool:
    """A fight noun with no sides of its own ("bei dem Schusswechsel"): "zwischen Gendarmen und
    Aufständischen" names them in the sentence, not in the article's conflict."""
    return fight_noun(noun, lexicon) and not any(preposition_of(c) == BETWEEN for c in noun.children)


def fight_noun(noun: Token, lexicon: Lexicon) -> bool:
    """A noun of fighting ("Gefecht", "Schusswechsel", "Kämpfe") the lexicon codes as force: no one
    attacker, both sides fought."""
    if not noun.lower_.endswith(FIGHT_ENDINGS):
        return False
    trigger = noun_trigger(noun, lexicon)
    return trigger is not None and trigger.entry.code[:2] in FORCE_ROOTS


def _partners(fight: Token, actors: ActorIndex) -> list[Span]:
    """The sides a fight is "mit" ("Gefechte mit Kämpfern der Hisbollah"), by the phrase or its
    genitive."""
    found = []
    for phrase in (c for c in fight.children if preposition_of(c) == PARTNER):
        side = side_named(phrase, actors) or next(
            (s for g in phrase.children if g.dep_ == "nmod" and (s := side_named(g, actors))), None
        )
        if side is not None:
            found.append(side)
    return found


def _states_of_the_dead(sentence: Span, tolls: list[Token], actors: ActorIndex) -> set[str]:
    """The states of the nationality adjectives on the subjects of the tolls ("zwei kambodschanische
    Soldaten wurden getötet"), reached through no prepositional phrase, and of subjects that name a side
    ("zweihundert Taliban-Kämpfer", "drei US-Soldaten")."""
    subjects = [c for verb in tolls for c in verb.children if c.dep_ in SUBJECTS]
    found = {
        side_of(side) for s in subjects for p in (s, *children(s, "conj")) if (side := _named_by(p, actors))
    }
    for word in sentence:
        state = _nationality(word)
        if state is not None and among_the_dead(word, tolls):
            found.add(side_of(state))
    return found


def _nationality(word: Token) -> Span | None:
    """A nationality adjective, also where the parse makes it a determiner after a number ("acht
    eritreische Soldaten", "eritreische" a det of "Soldaten")."""
    state = state_of_adjective(word)
    actor = state_adjectives().get(word.lower_) if word.dep_ == DETERMINER else None
    if state is None and actor is not None and word.head.pos_ == "NOUN":
        state = stand_in(word.doc, word.i, word.i + 1, actor)
    return state


def _named_by(noun: Token, actors: ActorIndex) -> Span | None:
    """The side a subject's own words name ("Ukrainer", "US-Soldaten"), not the one the context lends
    a group no name gives ("40 Menschen" as the civilians of the state named before)."""
    span = actors.by_token.get(noun.i)
    if span is not None and actor_of(span) is not None and actor_of(span).kb_id is None:
        return None
    return side_named(noun, actors)


def among_the_dead(word: Token, tolls: list[Token]) -> bool:
    """Whether a word describes the subject of a toll ("ein serbischer Polizist und zwei albanische
    Bewaffnete wurden getötet"): up its heads to the toll verb through no preposition, the last step a
    subject."""
    token = word
    while token.head.i != token.i and preposition_of(token) is None:
        if token.head in tolls:
            return token.dep_ in SUBJECTS
        token = token.head
    return False
