"""Which state a passage is in when a clause names only a site or nobody: the latest place named as
where something happens, or the state the story is about so far. The police of a passive
(`passive_sources`), a court named without its state (`court_sources`) and a crowd at a town's site
(`crowd_sites`) belong to it."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import (
    IGO_PREFIX,
    actor_of,
    most_named,
    preposition_of,
    start_of_sentences_before,
)
from lagebild.events.targets_domestic import PLACE_PREPOSITIONS
from lagebild.pipeline.annotations import ACTOR_REF_SPANS

RECENT_SENTENCES = 2
# a place in such a phrase locates the passage; "aus" too, where a report comes from
LOCATING_PREPOSITIONS = (*PLACE_PREPOSITIONS, "aus")


def recent_place_state(token: Token) -> str | None:
    """The state of the latest place named as where something happens or comes from ("in Tiflis",
    "am Grenzübergang", "nach Angaben aus Colombo") in the token's sentence (before it) or the two
    before it: a digest of news moves from country to country ("In Tiflis …. Die Polizei war …
    vorgegangen"). A capital acting ("Moskau wies … zurück") or a state owning something ("die
    Botschaften Frankreichs und Ruandas") is a side, not where the act happened."""
    start = start_of_sentences_before(token, RECENT_SENTENCES)
    places = [
        e._.place.country
        for e in token.doc.ents
        if start <= e.start < token.i
        and e._.place is not None
        and e._.place.country
        and preposition_of(e.root) in LOCATING_PREPOSITIONS
    ]
    return places[-1] if places else None


def story_state(token: Token) -> str | None:
    """The state the story is about so far: the one its places and actors name most often up to the
    token's sentence, the latest named on a tie; international organisations have no police."""
    doc, end = token.doc, token.sent.end
    spans = [*doc.ents, *doc.spans.get(ACTOR_REF_SPANS, [])]
    states = ((state_of_span(span), span.start) for span in spans if span.start < end)
    return most_named((state, start) for state, start in states if state is not None)


def state_of_span(span: Span) -> str | None:
    """The state of a place, else of an actor's state; none for an international organisation."""
    place = span._.place
    if place is not None and place.country:
        return place.country
    actor = actor_of(span)
    code = (actor.actor_code or "") if actor is not None else ""
    if actor is None or not actor.country or code.startswith(IGO_PREFIX):
        return None
    return actor.country
