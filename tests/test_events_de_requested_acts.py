"""An act done at another's request ("auf Antrag / Bitten / Drängen X"): an appeal (02) of the requester to
the subject of the clause (`requested_acts.py`); a clause without an actor as subject names no one asked."""

from functools import partial

import pytest

from tests.event_tuples import coded_events

events = partial(coded_events, date="2024-06-03", keep_implausible=True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Auf Antrag Frankreichs und Belgiens befasst sich die Europäische Union am Montag mit der Lage in Mali.",
            [("020", "FRA", "IGOEUREEC", "asserted"), ("020", "BEL", "IGOEUREEC", "asserted")],
        ),
        (
            "Auf Drängen Warschaus verschob die Europäische Union die Abstimmung.",
            [("020", "POL", "IGOEUREEC", "asserted")],
        ),
    ],
)
def test_requester_appeals_to_the_subject(text, expected):
    found = events(text)
    assert all(event in found for event in expected)


def test_request_without_an_actor_asked_is_no_appeal():
    found = events("Das Verbindungsbüro wurde damals auf Wunsch der amerikanischen Regierung eingerichtet.")
    assert not any(code.startswith("02") for code, *_ in found)
