"""Talks whose parties are named inside one word: a joint council of two sides ("der NATO-Russland-Rat
kommt zusammen", "der Nato-Ukraine-Rat ist nicht mehr zusammengetreten"), a pair of nationality
adjectives ("die deutsch-polnischen Regierungskonsultationen", "die amerikanisch-russischen
Gespräche") or talks within one state ("die innerafghanischen Verhandlungen", government and rebels
of one country). Each named side meets the other, as in "Gespräche zwischen X und Y"; the parse sees
one noun or one adjective and no actor at all, so the meeting would go without parties.

Only talks held: the meeting noun itself, or the subject of a verb of meeting ("zusammenkommen",
"beraten"). A visit goes from one side to another, and an adjective pair on other nouns names joint
doers or a border ("das russisch-belarussische Manöver", "die finnisch-estnische Gasleitung"), no talks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from lagebild.events.arguments import (
    children,
    stand_in,
    state_adjectives,
    state_names,
    state_ref,
    subject_of,
)
from lagebild.events.union_names import union_names
from lagebild.pipeline.annotations import ActorRef

if TYPE_CHECKING:
    from lagebild.events.triggers import Trigger

# talks held: consulting, meeting at a third place, negotiating (not a visit, which goes one way, nor a
# mediation, whose parties are others)
TALKS_CODES = ("040", "044", "046")
# the last part of a compound that names a body both sides sit in or the talks they hold
JOINT_BODIES = ("rat", "rates", "rats", "gipfel", "gipfels", "dialog", "dialogs", "dialoges")
# a prefix that turns a state's adjective into talks among its own camps
WITHIN = "inner"
# the two camps of talks within a state, its government and its opposition (rebels, a rival
# government): the state itself on both sides would be one actor
GOVERNMENT, OTHER_CAMP = "GOV", "OPP"
# "soll … zusammenkommen": the parse takes the subject of a verb without one for its object
MISREAD_SUBJECT = "obj"


def joint_parties(trigger: Trigger) -> list[Span]:
    """The two sides a meeting's word names within itself (one state's two camps for talks within it):
    the first over the word that names them, the second over the meeting word, as two spans of one
    word would be one actor."""
    if trigger.entry.code not in TALKS_CODES:
        return []
    meeting = trigger.token
    holder = meeting if trigger.entry.kind == "N" else _subject(meeting)
    word, parties = _naming_word(holder) if holder is not None else (None, [])
    if word is None:
        return []
    first = stand_in(word.doc, word.i, word.i + 1, parties[0])
    second = stand_in(meeting.doc, meeting.i, meeting.i + 1, parties[1])
    return [first, second] if first is not None and second is not None and word != meeting else []


def holds_joint_parties(verb: Token) -> bool:
    """Whether the verb's subject names the two sides that meet ("der NATO-Russland-Rat tagte")."""
    holder = _subject(verb)
    return holder is not None and _naming_word(holder)[0] is not None


def _naming_word(holder: Token) -> tuple[Token | None, list[ActorRef]]:
    """The word that names the two sides, the holder itself ("NATO-Russland-Rat") or one of its
    adjectives ("deutsch-polnische Gespräche"), and the sides; (None, []) where none does."""
    named = [(holder, _compound_parties(holder))]
    named += [(a, _adjective_parties(a)) for a in children(holder, "amod")]
    return next(((w, p) for w, p in named if p), (None, []))


def _subject(verb: Token) -> Token | None:
    subject = subject_of(verb)
    if subject is not None:
        return subject
    misread = children(verb, MISREAD_SUBJECT)
    return misread[0] if len(misread) == 1 and misread[0].pos_ == "NOUN" else None


def _compound_parties(noun: Token) -> list[ActorRef]:
    """ "NATO-Russland-Rat": the two parts before the body name a state or an organisation each."""
    *names, body = noun.text.split("-")
    if len(names) != 2 or body.lower() not in JOINT_BODIES:
        return []
    actors = [state_names().get(name) or union_names().get(name) for name in names]
    return _two(actors)


def _adjective_parties(adjective: Token) -> list[ActorRef]:
    """ "deutsch-polnischen": two nationality adjectives of two states; "innerafghanischen": the state
    and its other camp."""
    word = adjective.lower_
    if word.startswith(WITHIN) and "-" not in word:
        state = state_adjectives().get(word[len(WITHIN) :])
        if state is None or not state.country:
            return []
        camp = ActorRef(name=state.name, country=state.country, actor_code=state.country + OTHER_CAMP)
        return [state_ref(state.name, state.country, GOVERNMENT), camp]
    return paired_states(adjective)


def paired_states(adjective: Token) -> list[ActorRef]:
    """ "deutsch-polnischen", "russisch-belarussische": one adjective that pairs the nationality adjectives
    of two states; none for one state's ("US-amerikanische")."""
    word = adjective.lower_
    if "-" not in word or word in state_adjectives():  # "US-amerikanische" is one state
        return []
    return _two([state_adjectives().get(part) for part in word.split("-")])


def _two(actors: list[ActorRef | None]) -> list[ActorRef]:
    found = [a for a in actors if a is not None]
    sides = {a.country or a.actor_code for a in found}
    return found if len(found) == len(actors) == len(sides) == 2 else []
