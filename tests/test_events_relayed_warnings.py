"""A warning that passes on a danger no one threatens is information shared (064); a warning against the
addressee's own step or of consequences stays a threat (13x): `lagebild.events.relayed_warnings`."""

from functools import partial

import pytest

from tests.event_tuples import coded_events

DATE = "2025-06-02"
events = partial(coded_events, date=DATE, keep_implausible=True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der pakistanische Geheimdienst hatte Afghanistan vor Anschlägen auf Moscheen gewarnt.",
         ("064", "PAK", "AFG", "asserted")),
        ("Litauen warnte Lettland am Abend vor Drohnen über der Grenze.", ("064", "LTU", "LVA", "asserted")),
    ],
)  # fmt: skip
def test_a_danger_passed_on_is_shared_information(text, expected):
    coded = events(text)
    assert expected in coded
    assert not [e for e in coded if e[0].startswith("13")]


@pytest.mark.parametrize(
    "text",
    [
        "Frankreich warnte Algerien vor einem Angriff auf Marokko.",
        "Japan warnte China vor ernsten Konsequenzen.",
    ],
)
def test_a_warning_against_the_addressees_step_stays_a_threat(text):
    assert [e for e in events(text) if e[0].startswith("13")]
