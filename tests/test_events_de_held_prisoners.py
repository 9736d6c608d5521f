"""Detention told of the prisoner: a person as the subject of a passive of holding ("wird seither
festgehalten"), a foreigner named again by address ("Herrn Lindqvist"), nationals a state holds ("hält drei
Franzosen fest") and the state security as the agent of an arrest; through the whole pipeline on sentences of
our own."""

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


def test_a_state_holding_nationals_of_another_detains_them():
    assert ("173", "IRN", "FRA", "asserted") in events("Teheran hält seit Monaten drei Franzosen fest.")


def test_the_state_security_of_a_country_is_its_agent_in_a_passive():
    found = events("Der Ingenieur wurde in Shanghai von der chinesischen Staatssicherheit festgenommen.")
    assert any(code == "173" and source == "CHN" for code, source, _, _ in found)


def test_soldiers_taken_prisoner_are_detained_by_the_side_that_took_them():
    assert ("173", "RUS", "GBR", "asserted") in events(
        "Bei Kursk nahm die russische Armee zwei britische Söldner gefangen."
    )
