"""Sanctions a demand asks for with no one named to impose them: a hypothetical 163 without a source
against the party they would hit (`demanded_sanctions.py`)."""

from functools import partial

from tests.event_tuples import coded_events

_events = partial(coded_events, date="2024-05-01")


def test_demanded_sanctions_against_a_named_state():
    events = _events("Polen forderte Sanktionen gegen Belarus.")
    assert ("163", None, "BLR", "hypothetical") in events
    assert ("102", "POL", "BLR", "asserted") in events


def test_demanded_sanctions_against_the_state_of_the_context():
    events = _events("Russland beschoss Kiew. Selenskyj verlangte härtere Sanktionen.")
    assert ("163", None, "RUS", "hypothetical") in events


def test_sanctions_asked_of_an_addressee_are_that_addressees():
    events = _events("Die Ukraine forderte die EU auf, Sanktionen gegen Russland zu verhängen.")
    assert not any(code == "163" and source is None for code, source, _, _ in events)


def test_a_demand_for_something_else_asks_no_sanctions():
    events = _events("Litauen verlangte von Minsk eine Untersuchung des Vorfalls.")
    assert not any(code == "163" for code, _, _, _ in events)
