"""A measure a side reserves itself is held out against the side it would hit: "Zudem behalte sich das
Land vor, alle bilateralen Abkommen auszusetzen", "Putin behält sich vor, erneut auszusteigen, sollte
die Ukraine die Zusagen brechen".

The measure is the "zu" infinitive of "sich vorbehalten": not done, only kept open (hypothetical); the
gold banks code the threat beside it, asserted (13x, by what it threatens, as `announced_threats.THREAT_OF`
does), as they code a reserved noun ("behält sich Gegenmaßnahmen vor", the lexicon's 130 rows).
"""

from __future__ import annotations

from dataclasses import replace

from lagebild.events.announced_threats import threat_code
from lagebild.events.arguments import is_zu_infinitive, party_of
from lagebild.events.codebook import THREAT_ROOT
from lagebild.events.held_out_relations import reserves
from lagebild.events.modality_words import ASSERTED, HYPOTHETICAL
from lagebild.pipeline.annotations import EventInfo


def reserved_measures(events: list[EventInfo]) -> list[EventInfo]:
    """The sentence's events, each reserved measure against another side hypothetical and its threat
    beside it, unless the sentence codes a threat of the same dyad already."""
    kept: list[EventInfo] = []
    threats: list[EventInfo] = []
    for event in events:
        if not _reserved(event):
            kept.append(event)
            continue
        kept.append(replace(event, modality=HYPOTHETICAL))
        dyad = (party_of(event.source), party_of(event.target))
        if not any(
            e.code.startswith(THREAT_ROOT) and (party_of(e.source), party_of(e.target)) == dyad
            for e in events + threats
        ):
            threats.append(replace(event, code=threat_code(event.code), modality=ASSERTED))
    return kept + threats


def _reserved(event: EventInfo) -> bool:
    verb = event.trigger.root
    source, target = party_of(event.source), party_of(event.target)
    if source is None or target is None or source == target or threat_code(event.code) is None:
        return False
    return is_zu_infinitive(verb) and verb.head.i != verb.i and reserves(verb.head)
