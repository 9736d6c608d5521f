"""A demand, appeal or offer named by a noun with its author ("die Forderung Madrids", "ein
Gesprächsangebot Kiews") that someone rejects was made to the one who rejects it, where its phrase names
no addressee: both the rejection and the demand are coded. New sentences, not from any gold set."""

from functools import partial

from tests.event_tuples import coded_events

events = partial(coded_events, date="2024-05-10")


def test_a_rejected_demand_was_addressed_to_the_rejecter():
    found = events("Die Forderung Madrids nach einem Abzug der Truppen wies Präsident López Obrador zurück.")
    assert ("100", "ESP", "MEX", "asserted") in found


def test_a_rejected_demand_in_the_object_was_addressed_to_the_subject():
    found = events("Rom hat die Forderung Berlins nach einem Abzug der Schiffe erneut zurückgewiesen.")
    assert any(
        code.startswith("12") and (source, target) == ("ITA", "DEU") for code, source, target, _ in found
    )
    assert ("100", "DEU", "ITA", "asserted") in found


def test_a_rejected_offer_was_made_to_the_rejecter():
    found = events("Ein Gesprächsangebot Kiews hatte Minsk ausgeschlagen.")
    assert any(
        code.startswith("03") and (source, target) == ("UKR", "BLR") for code, source, target, _ in found
    )


def test_criticism_rejected_keeps_its_own_target_rules():
    # an accusation (11) answered is no demand: the rule does not give it the rejecter as target
    found = events("Die Vorwürfe Kiews wies Moskau zurück.")
    assert ("016", "RUS", "UKR", "asserted") in found  # the charge denied
    assert not any(code.startswith("11") and source == "UKR" for code, source, _, _ in found)


def test_a_fronted_charge_with_its_accuser_leaves_the_subject_after_the_verb():
    # "Die Anschuldigungen Athens": a plural object in front of a singular verb, its genitive no subject
    found = events("Die Anschuldigungen Athens wies Ankara zurück.")
    assert ("016", "TUR", "GRC", "asserted") in found
