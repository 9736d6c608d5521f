"""A side that says its step is aimed at no one denies the hostile aim others read into it: "Das
Abkommen richte sich gegen niemanden, sagte ein Sprecher", "Güler betonte, die Initiative richte sich
gegen kein Land", "Die Mitgliedschaft richte sich gegen niemanden, hieß es in einer Mitteilung". The
tuning banks code it as the speaker's denial (016, some 010) aimed at no one; the statement that says
it would be dropped as a quotation (`sentence_rules.without_framing`). The speaker is the source of
that statement, else the quote stage's speaker ("hieß es", "ließ ausrichten"). A step said to be aimed
not at a named side ("richte sich nicht gegen Israel") names that side and is no such denial."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import ActorIndex, preposition_of, side_of
from lagebild.events.assured_conduct import STATEMENT
from lagebild.events.codebook import DENIAL
from lagebild.events.event_clauses import reported_clauses
from lagebild.events.modality_words import NEGATIVE_DETERMINERS
from lagebild.events.word_events import word_event
from lagebild.pipeline.annotations import EventInfo

# read by form: the lemmatizer takes "richte" for a form of "richen"
AIMING = {"richte", "richtet", "richten", "richteten", "gerichtet"}
AGAINST = "gegen"
NO_ONE = {"niemand", "niemanden", "niemandem"}
CONFIDENCE = 0.6


def denials_of_hostile_aim(sentence: Span, events: list[EventInfo], actors: ActorIndex) -> list[EventInfo]:
    found: list[EventInfo] = []
    for verb in sentence:
        if verb.lower_ not in AIMING or not any(_no_one(c) for c in verb.children):
            continue
        speaker = _speaker(verb, events, actors)
        # a step of the speaker the sentence codes otherwise ("Exportkontrollen", 163) is aimed at its target
        if speaker is None or any(_other_act_of(e, speaker) for e in events + found):
            continue
        found.append(word_event(verb, DENIAL, CONFIDENCE, speaker, None))
    return found


def _no_one(phrase: Token) -> bool:
    """ "gegen niemanden", "gegen kein (bestimmtes, drittes) Land", "gegen keine dritte Partei"."""
    if preposition_of(phrase) != AGAINST:
        return False
    return phrase.lower_ in NO_ONE or any(c.lower_ in NEGATIVE_DETERMINERS for c in phrase.children)


def _speaker(verb: Token, events: list[EventInfo], actors: ActorIndex) -> Span | None:
    """The source of the statement that reports the clause, if asserted; the quote's speaker where no
    statement reports it ("hieß es"): one the coder could not place is no one's to guess."""
    for event in events:
        if event.code == STATEMENT and any(verb in c.subtree for c in reported_clauses(event.trigger.root)):
            return event.source if event.modality == "asserted" else None
    return actors.speakers.get(verb.i)


def _other_act_of(event: EventInfo, speaker: Span) -> bool:
    return event.code != STATEMENT and event.source is not None and side_of(event.source) == side_of(speaker)
