"""A guest's stay is a visit: "Auch in Caracas war Amorim oft zu Gast", "Drei Tage lang war Emmanuel Macron
in Großbritannien zu Gast", "auch wenn Déby im Januar im Kreml zu Gast war". German tells a visit by
"zu Gast sein" and where ("in", "im"): a visit (042) of the guest's state to the state of the place.
The parse takes the names of such a clause for any role ("Caracas" its subject, "Amorim" its object), so
the place is told by the preposition before it and the guest is the clause's other actor. A stay with
no place named ("im Dezember war Xi zu Gast") leaves the host to the sentence before: no event; nor is
one "als Gast" ("nahm als Gast teil"), which tells how someone joined, not where he went."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import ActorIndex, clause_tokens, place_after, side_of
from lagebild.events.modality import modality_of
from lagebild.events.receptions import VISIT
from lagebild.events.word_events import new_word_events
from lagebild.pipeline.annotations import EventInfo
from lagebild.pipeline.word_classes import LOCATIVE_PREPOSITIONS_DE

GUEST = "Gast"
AS_GUEST = "zu"
COPULA = "sein"
GUEST_STAY_CONFIDENCE = 0.6


def guest_stays(sentence: Span, events: list[EventInfo], actors: ActorIndex) -> list[EventInfo]:
    """A 042 from each guest of a "zu Gast sein" clause to the state of its "in"/"im" place, unless the
    sentence codes that visit already."""
    found = []
    for word in sentence:
        clause = _stay_clause(word)
        if not clause:
            continue
        places = [p for t in clause if (p := place_after(t, actors, LOCATIVE_PREPOSITIONS_DE)) is not None]
        taken = {i for p in places for i in range(p.start, p.end)}
        guests = _guests(clause, actors, taken)
        modality = modality_of(word, sentence, None, sentence.doc._.article_date)
        found += new_word_events(word, VISIT, GUEST_STAY_CONFIDENCE, guests, places, events + found, modality)
    return found


def _stay_clause(word: Token) -> list[Token]:
    """The clause of "zu Gast" with its copula, wherever the parse hung the two: "Gast" with "war" as its
    "cop", or "Gast" a phrase of "war"."""
    if word.text != GUEST or word.i == 0 or word.nbor(-1).lower_ != AS_GUEST:
        return []
    if any(c.dep_ == "cop" and c.lemma_ == COPULA for c in word.children):
        return clause_tokens(word)
    if word.head.lemma_ == COPULA and word.head.i != word.i:
        return clause_tokens(word.head)
    return []


def _guests(clause: list[Token], actors: ActorIndex, taken: set[int]) -> list[Span]:
    """The actors of the clause outside its places and outside any other prepositional phrase ("seit dem
    Brexit", "mit Putin"), one per state."""
    guests, sides = [], set()
    for token in clause:
        span = actors.by_token.get(token.i)
        if span is None or token.i in taken or span.start != token.i:
            continue
        if span.start > 0 and span.doc[span.start - 1].pos_ == "ADP":
            continue
        side = side_of(span)
        if side is not None and side not in sides:
            sides.add(side)
            guests.append(span)
    return guests
