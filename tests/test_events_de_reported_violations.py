"""A rule said in indirect speech to be broken by another side is the speaker's accusation (112, `reported_acts`
with the violation rows of 12_reject.tsv), the charged side the one that breaks it; a military backing is
military protection (074). Sentences written for this test."""

import pytest

from tests.event_tuples import coded_events

DATE = "2024-03-05"


@pytest.mark.parametrize(
    "clause",
    [
        "Serbien verstoße gegen das Abkommen über die Grenzübergänge",
        "Serbien habe mit den Kontrollen gegen das Abkommen verstoßen",
        "Serbien verletze das Völkerrecht",
    ],
)
def test_a_reported_violation_accuses_the_side_that_breaks_the_rule(clause):
    text = f"{clause}, sagte der kroatische Außenminister."
    assert ("112", "HRV", "SRB", "asserted") in coded_events(text, DATE, True)


def test_each_of_two_violators_is_accused():
    text = "Ungarn und Serbien verstießen gegen die Vereinbarung, sagte der kroatische Außenminister."
    events = coded_events(text, DATE, True)
    assert ("112", "HRV", "HUN", "asserted") in events
    assert ("112", "HRV", "SRB", "asserted") in events


def test_a_denied_violation_accuses_no_one():
    text = "Serbien verstoße nicht gegen das Abkommen, sagte der serbische Außenminister."
    assert not any(code == "112" for code, *_ in coded_events(text, DATE, True))


def test_disowning_breaks_no_rule():
    text = "Der Prinz sei von seiner Familie verstoßen worden, sagte der britische Premierminister."
    assert not any(code.startswith(("112", "128")) for code, *_ in coded_events(text, DATE, True))


def test_standing_by_a_neighbour_militarily_protects_it():
    text = "Polen werde Litauen im Ernstfall militärisch beistehen."
    assert any(
        code.startswith("07") and (src, tgt) == ("POL", "LTU")
        for code, src, tgt, _ in coded_events(text, DATE, True)
    )
