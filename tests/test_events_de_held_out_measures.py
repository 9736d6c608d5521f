"""A threat made by "in Aussicht stellen" holds out its measure, coded beside it as a hypothetical
event between the same parties (`prospects.py`); a pledge so made is the pledge alone."""

import pytest

from tests.event_tuples import coded_events


def _events(text: str) -> set[tuple]:
    return set(coded_events(text, "2024-05-01"))


@pytest.mark.parametrize(
    ("text", "threat", "measure"),
    [
        (
            "Ottawa stellte Washington neue Zölle auf Stahl in Aussicht.",
            ("1312", "CAN", "USA", "asserted"),
            ("163", "CAN", "USA", "hypothetical"),
        ),
        (
            "Seoul warf Tokio Wortbruch vor und stellte Gegenmaßnahmen in Aussicht.",
            ("130", "KOR", "JPN", "asserted"),
            ("160", "KOR", "JPN", "hypothetical"),
        ),
    ],
)
def test_a_threat_held_out_codes_its_measure(text, threat, measure):
    events = _events(text)
    assert threat in events
    assert measure in events


def test_a_pledge_held_out_is_the_pledge_alone():
    events = _events("Paris stellte Kiew weitere Hilfen in Aussicht.")
    assert not any(modality == "hypothetical" for _, _, _, modality in events)
