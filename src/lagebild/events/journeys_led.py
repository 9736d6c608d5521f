"""A journey that takes someone somewhere is his visit there: "Seine erste Auslandsreise führte ihn im
Februar nach Riad", "seine ersten Auslandsreisen würden ihn nach Chișinău und Brüssel führen", "Draghi
hat seine erste Auslandsreise nach Tripolis geführt". The visit noun is the subject of "führen" and the
traveller its object, or the traveller is the subject and the noun its object. The noun's own row finds
neither: its owner is a possessive, its destination hangs on the verb (or, in the parse, on any word of
the clause: "als Ministerpräsident nach Tripolis"). A visit (042) of the traveller's state to the state
of each "nach"/"in" place of the clause."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import (
    ActorIndex,
    children,
    clause_tokens,
    place_after,
    side_of,
)
from lagebild.events.modality import modality_of
from lagebild.events.receptions import VISIT
from lagebild.events.word_events import new_word_events
from lagebild.pipeline.annotations import EventInfo

LEAD = "führen"
# the nouns of a journey, by their lemma's ending: "Reise", "Auslandsreise", "Staatsbesuch" (the lexicon's
# compound reading leaves out the short "-reise")
JOURNEY_ENDINGS = ("reise", "besuch")
DESTINATION_PREPOSITIONS = {"nach", "in"}
JOURNEY_CONFIDENCE = 0.6


def journeys_led(sentence: Span, events: list[EventInfo], actors: ActorIndex) -> list[EventInfo]:
    """A 042 from the traveller of each "führen" clause with a visit noun to each place of the clause,
    unless the sentence codes that visit already."""
    found = []
    for verb in sentence:
        if verb.lemma_ != LEAD:
            continue
        traveller = _traveller(verb, actors)
        if traveller is None or side_of(traveller) is None:
            continue
        places = [
            p
            for t in clause_tokens(verb)
            if (p := place_after(t, actors, DESTINATION_PREPOSITIONS)) is not None
        ]
        modality = modality_of(verb, sentence, None, sentence.doc._.article_date)
        found += new_word_events(
            verb, VISIT, JOURNEY_CONFIDENCE, [traveller], places, events + found, modality
        )
    return found


def _traveller(verb: Token, actors: ActorIndex) -> Span | None:
    """Who the journey takes: the object where the visit noun is the subject ("führte ihn"), the subject
    where it is the object ("hat seine Reise nach Tripolis geführt")."""
    subjects, objects = children(verb, "nsubj"), children(verb, "obj")
    for journeys, travellers in ((subjects, objects), (objects, subjects)):
        if any(_journey(j) for j in journeys):
            return next((a for t in travellers if (a := actors.of_phrase(t)) is not None), None)
    return None


def _journey(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and noun.lemma_.lower().endswith(JOURNEY_ENDINGS)
