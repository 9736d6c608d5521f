"""Detention told of the prisoner: a person as the subject of a passive of holding ("wird seither
festgehalten"), and a foreigner named again by address ("Herrn Lindqvist"); through the whole pipeline on
sentences of our own."""

from functools import partial

from tests.event_tuples import coded_events

events = partial(coded_events, date="2026-11-20")


def test_a_person_held_in_the_passive_is_detained():
    found = events(
        "In Gabun putschte das Militär. Der abgesetzte Präsident Paul Mbeki wird seither festgehalten."
    )
    assert any(code == "173" and target == "GAB" for code, _, target, _ in found)


def test_a_person_in_the_active_of_festhalten_is_no_detainee():
    assert not any(
        code.startswith("17") for code, *_ in events("Die Regierung in Rom hält an Präsident Melloni fest.")
    )


def test_a_foreigner_addressed_by_herr_keeps_the_nationality_named_before():
    text = "Der schwedische Ingenieur Per Lindqvist ist frei. Teheran hatte Herrn Lindqvist im März festgenommen."
    assert ("173", "IRN", "SWE", "asserted") in events(text)
