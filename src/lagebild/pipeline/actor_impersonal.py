"""Who speaks in "hieß es aus Ankara", "In Berlin hieß es", "heißt es im Kreml": the impersonal "es"
of a report names no one, but the seat the clause names says whose statement it is, the government
sitting there. The "es" becomes a reference to that seat's actor, so that the quotation it
introduces has a speaker and its "man" and "wir" (the government's own words) a side."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span

from lagebild.pipeline.actor_passage import StateClue
from lagebild.pipeline.actor_references import Reference
from lagebild.pipeline.annotations import ActorRef
from lagebild.pipeline.word_classes import SEAT_PREPOSITIONS_DE

# the forms of "heißen" that report what was said ("hieß es", "es heißt", "hieße es")
REPORTING_FORMS = {"heißt", "hieß", "hieße", "hießen"}
# the prepositions by which the clause names the seat: "aus Ankara", "in Berlin", "im Kreml", and, as
# the voice comes from it, "vom Élysée", "von Regierungsseite in Paris"
SEAT_PREPOSITIONS = SEAT_PREPOSITIONS_DE | {"vom", "von"}
# a clause ends at these: the seat must be named in the reporting clause itself
CLAUSE_ENDS = {",", ".", ";", ":", "!", "?", "„", "“", '"', "«", "»", "–"}
# the seat lies at most this many words from the reporting verb ("hieß es am Abend aus Ankara")
SEAT_WINDOW = 6


def impersonal_speakers(
    doc: Doc,
    mentions: list,
    places: list,
    taken: set[int],
    state_actor: Callable[[str | None], ActorRef | None],
) -> list[Reference]:
    """A reference on each "es" next to a reporting form of "heißen" whose clause names a seat: an
    actor ("aus dem Kreml"), else a capital read as a place ("aus Ankara"), which stands for its state
    (`state_actor`: the state's actor for a country code, None if unknown). `taken`: the tokens inside
    named entities, where an "es" is part of a name."""
    seated_places = [
        StateClue(p.span, actor) for p in places if (actor := state_actor(p.actor.country)) is not None
    ]
    found = []
    for token in doc:
        if token.lower_ != "es" or token.i in taken:
            continue
        neighbours = [doc[j] for j in (token.i - 1, token.i + 1) if 0 <= j < len(doc)]
        verb = next((t for t in neighbours if t.lower_ in REPORTING_FORMS), None)
        if verb is None:
            continue
        first, last = min(verb.i, token.i), max(verb.i, token.i)
        seat = _seat(doc, first, last, mentions) or _seat(doc, first, last, seated_places)
        if seat is not None:
            found.append(Reference(Span(doc, token.i, token.i + 1), seat.actor, seat.span, None))
    return found


def _seat(doc: Doc, first: int, last: int, mentions: list):
    """The actor named after a seat preposition in the reporting clause, before "hieß es" ("In
    Berlin hieß es") or after it ("hieß es aus Ankara"), the nearest to the verb first."""
    start = first
    while start > 0 and first - start < SEAT_WINDOW and doc[start - 1].text not in CLAUSE_ENDS:
        start -= 1
    end = last + 1
    while end < len(doc) and end - last <= SEAT_WINDOW and doc[end].text not in CLAUSE_ENDS:
        end += 1
    seated = [
        m
        for m in mentions
        if start <= m.span.start < end
        and m.actor is not None
        and m.actor.country
        and _after_seat_preposition(doc, m.span.start)
    ]
    return min(seated, key=lambda m: abs(m.span.start - last), default=None)


def _after_seat_preposition(doc: Doc, start: int) -> bool:
    """ "aus Ankara", "im Kreml", "in der Hauptstadt Ankara": a seat preposition just before the name,
    an article or a title between at most."""
    before = list(doc[max(0, start - 3) : start])
    return any(t.lower_ in SEAT_PREPOSITIONS for t in before[-2:]) or (
        len(before) == 3 and before[0].lower_ in SEAT_PREPOSITIONS and before[1].pos_ == "DET"
    )
