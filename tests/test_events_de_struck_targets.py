""" "treffen" with a military target as its object is a strike (19x), not a meeting (040)."""

import pytest

from tests.event_tuples import coded_dyads


@pytest.mark.parametrize(
    ("text", "striker", "struck"),
    [
        ("Die iranische Armee traf einen amerikanischen Stützpunkt.", "IRN", "USA"),
        ("Die Ukraine könnte bald die russischen Nachschublinien auf der Krim treffen.", "UKR", "RUS"),
    ],
)
def test_a_military_target_struck_is_force(text, striker, struck):
    dyads = coded_dyads(text, "2024-05-01")
    assert any(code.startswith("19") and (s, t) == (striker, struck) for code, s, t in dyads)
    assert not any(code.startswith("04") for code, _, _ in dyads)


def test_a_counterpart_met_stays_a_meeting():
    dyads = coded_dyads(
        "Der iranische Außenminister traf seinen amerikanischen Amtskollegen in Oman.", "2024-05-01"
    )
    assert ("040", "IRN", "USA") in dyads
