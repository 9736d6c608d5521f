"""A region named by a compass point and a state's name ("Nordirak", "Ost-Kongo") lies in that state:
an attack on it is aimed at that state, though the gazetteer does not know the region as a place."""

import pytest

from tests.event_tuples import coded_dyads

DATE = "2024-05-01"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Türkische Kampfflugzeuge bombardierten am Montag Stellungen im Nordirak.", ("IRQ",)),
        ("Türkische Luftangriffe auf den Nordirak töteten fünf Menschen.", ("IRQ",)),
    ],
)  # fmt: skip
def test_attack_on_a_compass_region_targets_its_state(text, expected):
    assert any(code.startswith("19") and source == "TUR" and target in expected
               for code, source, target in coded_dyads(text, DATE))  # fmt: skip


def test_a_state_named_with_a_compass_point_stays_that_state():
    # "Nordkorea" is a state of its own, not a part of Korea
    assert ("150", "PRK", None) in coded_dyads("Nordkorea testete am Montag eine Rakete.", DATE)
