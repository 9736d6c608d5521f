"""People deported by the thousand are a mass expulsion (201); a handful or hundreds stay the deportation
of individuals (174) (`mass_expulsions.py`)."""

import pytest

from tests.event_tuples import coded_events


def _codes(text: str) -> list[str]:
    return [code for code, _, _, _ in coded_events(text, "2024-05-01")]


@pytest.mark.parametrize(
    "text",
    [
        "Schon jetzt hat Iran seit Jahresbeginn Hunderttausende Afghanen abgeschoben.",
        "Die Türkei hat 2.500 Syrer abgeschoben.",
        "Die Dominikanische Republik hat allein im November mehr als 30 000 Haitianer abgeschoben.",
    ],
)
def test_deportations_by_the_thousand_are_mass_expulsions(text):
    codes = _codes(text)
    assert "201" in codes
    assert "174" not in codes


@pytest.mark.parametrize(
    "text",
    [
        "Deutschland schob im Jahr 2023 28 afghanische Straftäter nach Kabul ab.",
        "Polen schob mehrere Migranten nach Belarus ab.",
    ],
)
def test_deportations_of_few_stay_expulsions_of_individuals(text):
    codes = _codes(text)
    assert "174" in codes
    assert "201" not in codes
