"""A pronoun subject takes up the subject of the main clause before it, not the subject of a clause that
clause embeds (`pronoun_sources.topic_antecedent`); an object pronoun coreference leaves unresolved
takes up the subject before it that is not the source's side (`pronoun_sources.object_antecedent`)."""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize(
    ("text", "meant", "not_meant"),
    [
        # "ihr" is the body that was the subject, not the state named last
        (
            "Die Hamas hat den Vorschlag Ägyptens abgelehnt. Israel warf ihr vor, die Gespräche zu blockieren.",
            ("11", "ISR", "PSE"),
            ("11", "ISR", "EGY"),
        ),
        # "ihnen" is the group that was the subject, not the guests it received
        (
            "Die Taliban empfingen am Montag eine Delegation aus Katar. "
            "Pakistan warf ihnen vor, Terroristen zu beherbergen.",
            ("11", "PAK", "AFG"),
            ("11", "PAK", "QAT"),
        ),
        # a subject of the source's own side is no object of its act
        (
            "Die Regierung in Kabul schloss die Grenze, die pakistanische Armee verstärkte ihre Stellungen. "
            "Islamabad drohte ihr mit Gegenmaßnahmen.",
            ("13", "PAK", "AFG"),
            ("13", "PAK", "PAK"),
        ),
    ],
)
def test_an_unresolved_object_pronoun_takes_up_the_subject_before_it(text, meant, not_meant):
    events = _events(text)
    assert meant in events
    assert not_meant not in events
