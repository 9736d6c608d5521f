"""What looms over a state ("droht Kiew eine Finanzierungslücke", "drohte ihm das Schicksal …") is no
threat: no one threatens anyone (issue 7; sentences written for this test)."""

import pytest

from tests.event_tuples import coded_codes

DATE = "2024-03-05"


def codes(text: str) -> set[str]:
    return coded_codes(text, DATE)


@pytest.mark.parametrize(
    "text",
    [
        "Ohne neue Kredite droht Moldau im Herbst eine Haushaltslücke.",
        "Sollte Belgrad sich weiter verweigern, droht Serbien das Schicksal seiner isolierten Nachbarn.",
        "Bleiben die Hilfen aus, droht dem Libanon der wirtschaftliche Zerfall.",
    ],
)
def test_a_looming_calamity_is_no_threat(text):
    assert not {c for c in codes(text) if c.startswith("13")}


def test_threatening_with_a_measure_is_still_a_threat():
    assert {c for c in codes("Die Türkei drohte Griechenland mit Konsequenzen.") if c.startswith("13")}
