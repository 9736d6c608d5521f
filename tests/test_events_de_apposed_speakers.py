"""A speaker named by a role whose name follows in apposition ("der Berater des Präsidenten, Mychajlo
Podoljak"): the name carries the actor the role phrase lacks, and the reported words are the speaker's
(`arguments.speaker_actor`). Sentences written for these tests."""

from tests.event_tuples import coded_events

DATE = "2024-05-01"


def test_a_verdict_of_an_adviser_named_in_apposition_is_his_state_disapproving():
    found = coded_events(
        "Die Entscheidung Moskaus sei ein Skandal, sagte der Berater des ukrainischen Präsidenten, Mychajlo Podoljak.",
        DATE,
    )
    assert ("111", "UKR", "RUS", "asserted") in found


def test_a_role_phrase_naming_its_actor_keeps_it():
    found = coded_events(
        "Das Vorgehen Pekings sei inakzeptabel, sagte die Sprecherin der Regierung in Manila, Claire Castro.",
        DATE,
    )
    assert ("111", "PHL", "CHN", "asserted") in found
