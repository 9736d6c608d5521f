"""Holding an agreement or a vote void ("hält … für nichtig", "sprach von einer ungültigen Abstimmung",
"erklärte es für hinfällig") rejects it (120), as "nannte/bezeichnete … nichtig" already does."""

import pytest

from tests.event_tuples import coded_events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Regierung in Madrid hält das Abkommen zwischen Rabat und Paris für nichtig.",
            ("120", "ESP", "MAR", "asserted"),
        ),
        (
            "Die Regierung in Madrid hält das Abkommen zwischen Rabat und Paris für nichtig.",
            ("120", "ESP", "FRA", "asserted"),
        ),
        (
            "Das Präsidialamt in Antananarivo sprach von einer ungültigen Abstimmung.",
            ("120", "MDG", None, "asserted"),
        ),
        (
            "Die Regierung in Kinshasa erklärte das Abkommen mit Kigali für hinfällig.",
            ("120", "COD", "RWA", "asserted"),
        ),
    ],
)
def test_holding_an_agreement_void_rejects_it(text, expected):
    assert expected in coded_events(text, "2024-05-01")
