"""Lexicon families missed in many banks: a state declared one's enemy is judged (111)."""

import pytest

from tests.event_tuples import coded_events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Regierung in Caracas erklärte Kolumbien zum Feind.", ("111", "VEN", "COL", "asserted")),
        ("Pjöngjang hat Japan zum Hauptgegner erklärt.", ("111", "PRK", "JPN", "asserted")),
    ],
)
def test_a_state_declared_an_enemy_is_judged(text, expected):
    assert expected in coded_events(text, "2024-03-01")
