"""An act reported in indirect speech of another side is the speaker's accusation (`reported_acts`),
unless the speaker rejects the claim the clause gives: a charge or report, and a rumour as
`rumoured_acts` knows it (sentences written for this test)."""

import pytest

from tests.event_tuples import coded_events

DATE = "2024-03-05"
SHELLED = "die ukrainische Armee habe das Krankenhaus in Donezk beschossen."


@pytest.mark.parametrize("claim", ["die Vorwürfe", "die Spekulationen", "die Gerüchte"])
def test_a_rejected_claim_accuses_no_one(claim):
    text = f"Die Sprecherin des russischen Außenministeriums wies {claim} zurück, {SHELLED}"
    assert not any(code == "112" for code, *_ in coded_events(text, DATE, True))


def test_a_reported_act_of_the_other_side_is_an_accusation():
    text = f"Die Sprecherin des russischen Außenministeriums sagte, {SHELLED}"
    assert ("112", "RUS", "UKR", "asserted") in coded_events(text, DATE, True)
