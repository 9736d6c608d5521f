"""A pronoun subject takes up the subject of the main clause before it, not the subject of a clause that
clause embeds (`pronoun_sources.topic_antecedent`)."""

from __future__ import annotations

from tests.event_tuples import country_events


def _events(text: str) -> list[tuple]:
    return [(code[:2], source, target) for code, source, target, _ in country_events(text, "2024-11-20")]


def test_es_continues_the_ministry_not_the_state_it_spoke_of():
    text = (
        "Das polnische Außenministerium begrüßte am Montag, dass Belarus die Grenze wieder geöffnet hat. "
        "Zugleich kritisierte es, dass Minsk weiter Journalisten festhält."
    )
    assert ("11", "POL", "BLR") in _events(text)
    assert ("11", "BLR", "POL") not in _events(text)
