"""Visas withheld from a state's citizens are an administrative sanction against that state (172), not
a cut in relations (16), through the whole pipeline (`lagebild.analyze`): visa freedom or the issuing of
visas suspended, stopped, frozen or lifted, and a visa requirement imposed. Flights stopped stay 160."""

from functools import partial

import pytest

from tests.event_tuples import coded_events

events = partial(coded_events, date="2024-04-15")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die EU setzte die Visafreiheit für Georgier aus.", ("172", "IGOEUREEC", "GEO", "asserted")),
        ("Neu-Delhi setzt die Visavergabe an Kanadier aus.", ("172", "IND", "CAN", "asserted")),
        ("Ägypten führte eine Visumpflicht für Sudanesen ein.", ("172", "EGY", "SDN", "asserted")),
        ("Brüssel hob die Visafreiheit für die Bürger Serbiens auf.", ("172", "IGOEUREEC", "SRB", "asserted")),
    ],
)  # fmt: skip
def test_visas_withheld_from_citizens_sanction_their_state(text, expected):
    assert expected in events(text)


def test_visa_freedom_withheld_is_no_cut_in_relations():
    coded = events("Die EU setzte die Visafreiheit für Georgier aus.")
    assert not [code for code, *_ in coded if code.startswith("16")]


def test_stopped_flights_still_cut_relations():
    assert ("160", "GEO", "RUS", "asserted") in events("Georgien stoppte alle Direktflüge nach Russland.")
