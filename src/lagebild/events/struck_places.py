"""Whom an attack hits when its object is a thing in a named place: reports of fighting name the city,
port or district struck rather than the state ("griffen die Stadt Charkiw an", "beschossen den Hafen
von Odessa", "bombardierten Wohngebiete in Charkiw", "der Beschuss des Flughafens in Tripolis"), or
a region by its state's adjective ("Ziele im indischen Teil Kaschmirs"), and a base by its owner
named in the compound ("den US-Stützpunkt in Katar"); the parse often hangs the
place on the verb ("griffen ein Ziel nahe dem Präsidentenpalast in Damaskus an"). The
place's state is the target, as the annotation guidelines code a place named as the target; so is the
state of those an attack named as a circumstance killed or wounded ("Ukrainische Soldaten wurden bei
einem russischen Luftangriff getötet")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import (
    ActorIndex,
    actor_in_compound,
    actor_or_place,
    adjective_actor,
    children,
    objects_of,
    preposition_of,
)
from lagebild.events.codebook import FORCE_ROOTS
from lagebild.events.force_aims import aims_hung_on_the_verb
from lagebild.events.lexicon import target_prepositions
from lagebild.events.targets_camps import camp_of
from lagebild.events.triggers import Trigger, noun_or_light_verb_phrases
from lagebild.pipeline.word_classes import NAME_DEPS

# the name beside the struck thing: "die Stadt Charkiw" (appos or flat), "der Hafen Odessas" (nmod)
PLACE_NAME_DEPS = (*NAME_DEPS, "nmod")
# prepositions that place the struck thing: "in Charkiw", "von Odessa", "bei Bachmut", "nahe Kiew"
PLACE_PREPOSITIONS = (None, "in", "im", "von", "vom", "bei", "nahe")
# an attack as the circumstance of a passive: "bei einem Luftangriff getötet", "durch Beschuss verletzt"
VICTIM_PREPOSITIONS = ("bei", "beim", "durch")
# prepositions that place an attack hung on the verb: "nahe dem Palast in Damaskus", "in Gaza"; not
# "von … aus", where the attack was launched from
VERB_PLACE_PREPOSITIONS = ("in", "im", "bei", "nahe")
# how deep the name may sit below the object: "den Flughafen Mitiga in Tripolis" (Tripolis on Mitiga)
DEPTH = 2


def struck_place(trigger: Trigger, actors: ActorIndex, source: Span) -> Span | None:
    """The state of the place where the struck object lies, else of the victims of an attack named as
    the circumstance of their death; for acts of violence only, and none in the attacker's own camp
    (a report of where the attack was launched from)."""
    if trigger.entry.code[:2] not in FORCE_ROOTS:
        return None
    token = trigger.token
    # a verb's object, or in the passive its subject; a noun's own attributes ("Beschuss des Hafens …")
    # and the thing its target phrase names ("Luftangriffe auf die Atomanlagen in Isfahan")
    if trigger.entry.kind == "V":
        struck = objects_of(token) or children(token, "nsubj:pass")
    else:
        aimed_at = target_prepositions(trigger.entry.target)
        struck = [token, *(p for prep in aimed_at for p in noun_or_light_verb_phrases(trigger, prep))]
        struck += aims_hung_on_the_verb(trigger)
    names = [name for thing in struck for name in _names_below(thing, DEPTH)]
    names += _places_on_the_verb(token) if trigger.entry.kind == "V" else []
    # a base is its owner's, whatever state hosts it: "auf den US-Stützpunkt Al-Udeid in Katar"
    owners = (actor_in_compound(thing) for thing in struck)
    places = (actor_or_place(name, actors) or adjective_actor(name) for name in names)
    victims = (actors.of_phrase(victim) or adjective_actor(victim) for victim in _victims(token))
    for state in (*owners, *places, *victims):
        if state is not None and not (camp_of(state) is not None and camp_of(state) == camp_of(source)):
            return state
    return None


def _victims(noun: Token) -> list[Token]:
    """Those killed or wounded in the attack a noun names as the clause's circumstance ("Ukrainische
    Soldaten wurden bei einem russischen Luftangriff getötet"): the subject of the clause's passive."""
    if noun.dep_ != "obl" or preposition_of(noun) not in VICTIM_PREPOSITIONS:
        return []
    return children(noun.head, "nsubj:pass")


def _places_on_the_verb(verb: Token) -> list[Token]:
    """A place phrase the parse hung on the attack verb instead of on its object, and the names below it.
    Only one after the object: an attribute follows its noun, while a place before the object is the
    scene of the clause ("habe in Addis Abeba nicht das Volk angegriffen", a speech given there)."""
    struck = objects_of(verb)
    phrases = [
        c
        for c in children(verb, "obl")
        if preposition_of(c) in VERB_PLACE_PREPOSITIONS and struck and c.i > struck[0].i
    ]
    return phrases + [name for phrase in phrases for name in _names_below(phrase, DEPTH)]


def _names_below(noun: Token, depth: int) -> list[Token]:
    if depth == 0:
        return []
    names = [
        c for c in noun.children if c.dep_ in PLACE_NAME_DEPS and preposition_of(c) in PLACE_PREPOSITIONS
    ]
    # a list of places hangs on its first: "in Fordo, Natans und Isfahan", the first one unknown
    names += [c for name in names for c in children(name, "conj") if c.pos_ == "PROPN"]
    return names + [deeper for name in names for deeper in _names_below(name, depth - 1)]
