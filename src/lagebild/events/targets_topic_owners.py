"""A statement without a target slot that names what it is about by a noun is aimed at whoever that
noun belongs to: "wollte die Darstellung Moskaus nicht kommentieren", "äußerte Sorge über die
U-Boot-Pläne Canberras", "reagierte besorgt auf die Ankündigung aus Peking", "warnte vor der
Zusammenarbeit Russlands und Chinas". The owner is the noun's genitive, a name right after it, or its
phrase with "aus", "von" or "seitens" (as for the accuser of a denied charge, `targets_accusers`). The
noun is the verb's object, or its phrase with "über", "zu", "auf" or "vor" — also one step further,
under a noun of feeling or saying the verb governs ("äußerte Sorge über …"). A denial has its own
rule (its accuser), and an actor of the speaker's own camp is no target: "lobte die Haltung der eigenen
Regierung" is aimed at no one abroad."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import (
    ActorIndex,
    actor_or_place,
    entity_at,
    preposition_of,
)
from lagebild.events.codebook import DENIAL_CODES, STATEMENT_ROOT
from lagebild.events.event_clauses import clause_verb
from lagebild.events.origin_places import state_or_capital
from lagebild.events.targets_accusers import ACCUSER_PREPOSITIONS, owner_attributes
from lagebild.events.targets_camps import other_camp
from lagebild.events.triggers import Trigger

UNSLOTTED = "none"
# the prepositions of what a statement is about: "Sorge über", "sich äußern zu", "reagieren auf",
# "warnen vor"
TOPIC_PREPOSITIONS = {"über", "zu", "zum", "zur", "auf", "vor"}


def topic_owner(trigger: Trigger, source: Span, actors: ActorIndex) -> Span | None:
    """The actor of another camp that owns the noun the statement is about, if the sentence names one."""
    entry = trigger.entry
    if entry.code[:2] != STATEMENT_ROOT or entry.target != UNSLOTTED or entry.code in DENIAL_CODES:
        return None
    verb = clause_verb(trigger.token)
    for noun in _topic_nouns(verb, actors):
        for attribute in owner_attributes(noun):
            owner = actors.of_phrase(attribute) or _seat(attribute, actors)
            if owner is not None and other_camp(owner, source):
                return owner
    return None


def _topic_nouns(verb: Token, actors: ActorIndex | None) -> list[Token]:
    """The verb's object and topic phrases, also those on a predicative adjective ("zeigte sich besorgt
    über …") and on the object ("äußerte Sorge über …"); none that is an actor itself."""
    heads = [verb, *(c for c in verb.children if c.pos_ == "ADJ")]
    nouns = [c for head in heads for c in head.children if _topic_of(c)]
    nouns += [c for noun in nouns for c in noun.children if _topic_of(c, bare_object=False)]
    return [n for n in nouns if n.pos_ == "NOUN" and (actors is None or n.i not in actors.by_token)]


def _topic_of(token: Token, bare_object: bool = True) -> bool:
    preposition = preposition_of(token)
    if preposition is None:
        return bare_object and token.dep_ == "obj"
    return preposition in TOPIC_PREPOSITIONS and token.dep_ in ("obl", "obl:arg", "nmod", "obj")


def _seat(phrase: Token, actors: ActorIndex) -> Span | None:
    """A capital or a country named as where the thing comes from ("die Ankündigung aus Peking"), which
    the actor stage left a place: its state. Another town is no government ("Berichte aus Sfax")."""
    if preposition_of(phrase) not in ACCUSER_PREPOSITIONS or not state_or_capital(
        phrase.text, entity_at(phrase)
    ):
        return None
    return actor_or_place(phrase, actors)


def owns_topic(trigger: Token, target: Span | None) -> bool:
    """The target is named as the owner of what the statement is about: a comment declined on it ("wollte
    die Darstellung Moskaus nicht kommentieren") keeps it, where any other target of a declined comment
    goes (`sentence_rules.without_framing`)."""
    if target is None:
        return False
    nouns = _topic_nouns(clause_verb(trigger), None)
    return any(target.start <= a.i < target.end for noun in nouns for a in owner_attributes(noun))
