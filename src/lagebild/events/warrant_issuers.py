"""Who issued an arrest warrant told of without its issuer: "Es folgen Haftbefehle gegen Schoigu und
Gerassimow", "Auch gegen die Kinderrechtsbeauftragte erging ein Haftbefehl", "wegen des Haftbefehls aus
Den Haag". German news names the court once, with its first warrant, and then only the warrants; the
gold codes each as that court's (173). The issuer is the court whose seat the warrant's "aus" phrase
names, else the one that issued the latest warrant told of before in the text. A warrant with neither
("Gegen ihn lag ein Haftbefehl vor") may be any state's courts' and keeps no source. A warrant with the
definite article is one told of before, named again as what others act on ("rief Ulan-Bator auf, den
Haftbefehl zu vollstrecken", "der Haftbefehl wurde aufgehoben"): no new warrant, so no source either."""

from __future__ import annotations

from spacy.tokens import Span

from lagebild.events.arguments import entity_at, is_definite, preposition_of, stand_in
from lagebild.events.codebook import ARREST
from lagebild.events.triggers import Trigger
from lagebild.kb.store import load_kb
from lagebild.pipeline.actor_capitals import seated_court
from lagebild.pipeline.annotations import EventInfo

WARRANT = "Haftbefehl"  # the noun's lemma, its compounds' ending ("Europäischer Haftbefehl" is the same noun)
ISSUED_FROM = "aus"  # "der Haftbefehl aus Den Haag"


def warrant_issuers(trigger: Trigger, before: list[EventInfo]) -> list[Span]:
    """The issuer of a warrant noun that names none, as a one-item list; empty for any other trigger."""
    if trigger.entry.kind != "N" or trigger.entry.lemma != WARRANT or is_definite(trigger.token):
        return []
    seat = _court_of_seat(trigger)
    if seat is not None:
        return [seat]
    issuer = next((e.source for e in reversed(before) if _warrant_issued(e)), None)
    return [issuer] if issuer is not None else []


def _court_of_seat(trigger: Trigger) -> Span | None:
    """The international court whose seat the warrant's "aus" phrase names, as a stand-in span on the
    preposition (one on the place's own words would coincide with its entity)."""
    for phrase in trigger.token.children:
        place = entity_at(phrase) if preposition_of(phrase) == ISSUED_FROM else None
        court = seated_court(place) if place is not None else None
        preposition = next((c for c in phrase.children if c.dep_ == "case"), None)
        if court is not None and preposition is not None:
            court_actor = load_kb().actor_ref(court, None, "de")
            return stand_in(phrase.doc, preposition.i, preposition.i + 1, court_actor)
    return None


def _warrant_issued(event: EventInfo) -> bool:
    """An arrest coded from a sentence that names a warrant, with its issuer known."""
    return (
        event.code == ARREST
        and event.source is not None
        and any(t.text.startswith(WARRANT) for t in event.trigger.sent)
    )
