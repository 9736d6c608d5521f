"""Forces leaving a country retreat (0874) or end a presence (166), diplomats leaving it are expelled
(`events/departing_forces.py`, `events/withdrawn_forces.py`), through the pipeline."""

import pytest

from tests.event_tuples import coded_events

DATE = "2024-05-01"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Regierung in Chişinău bekräftigte, die russischen Truppen müssten das Land verlassen.",
            ("0874", "RUS", "MDA", "hypothetical"),
        ),
        ("Die russischen Truppen verließen im Sommer Moldau.", ("0874", "RUS", "MDA", "asserted")),
    ],
)
def test_formations_leaving_a_country_retreat(text, expected):
    assert expected in coded_events(text, DATE)


def test_soldiers_leaving_their_host_end_a_presence():
    text = "Der Präsident forderte, dass äthiopische Soldaten Somalia verlassen."
    assert ("166", "ETH", "SOM", "hypothetical") in coded_events(text, DATE)


def test_diplomats_leaving_are_no_retreat():
    text = "Polen wies fünf Diplomaten Russlands aus. Die Diplomaten müssen das Land binnen einer Woche verlassen."
    assert not [e for e in coded_events(text, DATE) if e[0].startswith("087")]
