"""Undermining trust, peace or stability (128 untergraben): said of another state, it is the speaker's
accusation (112) against that state; stated by the author, the defiance of the accused stays (128)."""

import pytest

from tests.event_tuples import coded_events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der französische Außenminister sagte, Moskau untergrabe das Vertrauen in die Rüstungskontrolle.",
            ("112", "FRA", "RUS", "asserted"),
        ),
        (
            "Peking erklärte, Washington untergrabe die Stabilität in der Region.",
            ("112", "CHN", "USA", "asserted"),
        ),
    ],
)
def test_undermining_said_of_another_state_is_an_accusation(text, expected):
    assert expected in coded_events(text, "2024-05-01")


def test_undermining_stated_by_the_author_is_defiance():
    assert ("128", "RUS", "LBY", "asserted") in coded_events(
        "Russland untergräbt den Friedensprozess in Libyen.", "2024-05-01"
    )
