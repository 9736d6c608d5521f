"""Backing an armed force is aid (07), backing a government diplomatic support (050): the rule of
`lagebild.events.armed_backing` and the lexicon row for an army or arms industry backed."""

from functools import partial

import pytest

from tests.event_tuples import coded_events

DATE = "2025-03-10"
events = partial(coded_events, date=DATE, keep_implausible=True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a warlord's forces and a rebel group the knowledge base knows, in the passive and the active
        ("Chalifa Haftar wird seit Jahren von Ägypten unterstützt.", ("070", "EGY", "LBY", "asserted")),
        ("Teheran unterstützt die Huthis mit allen Mitteln.", ("070", "IRN", "YEM", "asserted")),
        # a state's war machine backed: military aid to that state
        ("Peking unterstützt Moskaus Rüstungsindustrie.", ("072", "CHN", "RUS", "asserted")),
    ],
)  # fmt: skip
def test_backing_an_armed_force_is_aid(text, expected):
    assert expected in events(text)


def test_backing_a_government_stays_diplomatic_support():
    coded = events("Ägypten unterstützt die Regierung in Tripolis.")
    assert ("050", "EGY", "LBY", "asserted") in coded
    assert not [e for e in coded if e[0].startswith("07")]
