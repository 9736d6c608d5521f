"""Who reacts where the clause names nobody but the capital or country it happened in: "In Ottawa zeigte
man sich enttäuscht", "In Moskau reagierte man mit Drohungen", "In Berlin und Paris wurde der Schritt
begrüßt". German news names a government by its seat when the reaction has the impersonal "man" for
subject or is an agentless passive; the statement is that state's. The actor stage rightly reads
such a capital as the city, so the coder stands in for its state. Only said acts count: "In Kiew
wurden drei Menschen getötet" is no act of Ukraine's."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import (
    AGENT_PREPOSITIONS,
    ActorIndex,
    actor_or_place,
    children,
    entity_at,
    is_passive,
    passive_agents,
    preposition_of,
    side_of,
    subject_of,
)
from lagebild.events.origin_places import SPOKEN_ROOTS, state_or_capital
from lagebild.events.triggers import Trigger
from lagebild.pipeline.annotations import EventInfo
from lagebild.pipeline.word_classes import IMPERSONAL_DE

# a reaction noun's verb may also have the expletive "es" ("In Kiew gab es Kritik")
EXPLETIVE = IMPERSONAL_DE | {"es"}
PERSONAL_PRONOUNS = {"er", "sie", "ich", "wir", "ihr", "du"}
SEAT_PREPOSITIONS = ("in", "im")
# the body a reaction was voiced at, its seat named on it: "bei der NATO in Brüssel"
AT_PREPOSITIONS = ("bei", "beim")
# what a thing meets: "stieß auf Kritik", "traf auf Skepsis"
MET_PREPOSITION = "auf"
# an agreement signed in a capital is often signed there by others ("In Wien wurde das Abkommen
# unterzeichnet"): the city is the venue
SIGNING = "057"


def seat_sources(trigger: Trigger, actors: ActorIndex) -> list[Span]:
    """The states of the capitals or countries an impersonal or agentless said act is voiced in, each
    one listed ("In Berlin und Paris")."""
    code = trigger.entry.code
    if code[:2] not in SPOKEN_ROOTS or code.startswith(SIGNING):
        return []
    if trigger.entry.kind == "V":
        verb = trigger.token
        impersonal = _names_nobody(verb, actors)
    else:
        verb = _light_verb(trigger.token)
        impersonal = verb is not None and (
            _names_nobody(verb, actors, EXPLETIVE) or _met_by_a_thing(trigger.token, verb, actors)
        )
    if not impersonal:
        return []
    return seats_of(verb, actors) or _seats_of_bodies(verb, actors)


def seats_of(verb: Token, actors: ActorIndex) -> list[Span]:
    """The states of the capitals or countries an "in" phrase on the verb names, each one listed."""
    # the parse may hang the phrase on an adverb before it ("Auch in Canberra wurde …")
    return _seats_among(
        [*verb.children, *(c for adverb in children(verb, "advmod") for c in adverb.children)], actors
    )


def _seats_of_bodies(verb: Token, actors: ActorIndex) -> list[Span]:
    """The seats named on the body a reaction was voiced at ("Bei der NATO in Brüssel wurde … kritisiert")."""
    # a venue ("Beim Gipfel in Astana") seats no one
    bodies = [
        c
        for c in children(verb, "obl")
        if preposition_of(c) in AT_PREPOSITIONS and actors.of_phrase(c) is not None
    ]
    return _seats_among([c for body in bodies for c in body.children], actors)


def _seats_among(phrases: list[Token], actors: ActorIndex) -> list[Span]:
    seats = [c for c in phrases if preposition_of(c) in SEAT_PREPOSITIONS and _seat(c, actors)]
    listed = [conj for seat in seats for conj in children(seat, "conj") if _seat(conj, actors)]
    found = [actors.of_phrase(seat) or actor_or_place(seat, actors) for seat in seats + listed]
    return [s for s in found if s is not None and side_of(s) is not None]


def doer_reacted_to(source: Span, context: list[EventInfo]) -> Span | None:
    """Whom a reaction voiced in a capital is aimed at where its sentence names no one: "In Moskau zeigte
    man sich enttäuscht" follows the report of the act it answers, and one is disappointed with, welcomes
    or condemns whoever did it, not whom it was done to. The source of the latest act of another side
    before it; None where the text reported none ("In Lissabon zeigte man sich enttäuscht.")."""
    side = side_of(source)
    doers = (e.source for e in reversed(context) if e.source is not None)
    return next((doer for doer in doers if side_of(doer) not in (None, side)), None)


def _light_verb(noun: Token) -> Token | None:
    """The verb a reaction noun is the object of ("übte man Kritik") or that meets it ("stößt in Kiew auf
    Skepsis"); a noun that is itself the subject ("In Berlin wächst die Sorge") reports a mood, one in
    another phrase ("dauern die Kämpfe trotz Appellen an") is no act of the clause's place."""
    met = noun.dep_ == "obl" and preposition_of(noun) == MET_PREPOSITION
    if not (noun.dep_ == "obj" or met) or noun.head.pos_ not in ("VERB", "AUX"):
        return None
    return noun.head


def _met_by_a_thing(noun: Token, verb: Token, actors: ActorIndex) -> bool:
    """ "Die Zusage stößt in Kiew auf Skepsis", "das stieß in Kiew auf Kritik": what meets the reaction
    is an act or a thing (its performer may be named on it: "der Vorschlag Pekings"), no actor and no
    person a pronoun stands for."""
    subject = subject_of(verb)
    return (
        preposition_of(noun) == MET_PREPOSITION
        and subject is not None
        and subject.lower_ not in PERSONAL_PRONOUNS
        and subject.i not in actors.by_token
    )


def _names_nobody(verb: Token, actors: ActorIndex, subjects: frozenset[str] = IMPERSONAL_DE) -> bool:
    """The subject is the impersonal "man" (or another of `subjects`: "gab es Kritik"), or the verb is a
    passive without a "von"/"durch" agent, also none the parse hung on a noun of the clause ("der
    Beschluss Ankaras von Frankreich")."""
    if is_passive(verb):
        # its subject suffers the act
        return not passive_agents(verb) and not any(
            _actor_after_agent_preposition(t, actors) for t in verb.subtree
        )
    subject = subject_of(verb)
    return subject is not None and subject.lower_ in subjects


def _actor_after_agent_preposition(token: Token, actors: ActorIndex) -> bool:
    return token.lower_ in AGENT_PREPOSITIONS and token.dep_ == "case" and token.head.i in actors.by_token


def _seat(phrase: Token, actors: ActorIndex) -> bool:
    """The phrase names a body of a state ("im Auswärtigen Amt", "im Kreml"), or a country or a capital
    ("Addis Abeba" with all its words) that seats one government. Brussels is read as the actor
    stage reads it, the EU, or NATO where the sentence names the alliance, as `arguments.place_state` does:
    the gold codes a reaction voiced there never as Belgium's."""
    entity = entity_at(phrase)
    name = entity.text if entity is not None and entity.root == phrase else phrase.text
    return actors.of_phrase(phrase) is not None or state_or_capital(name, entity)
