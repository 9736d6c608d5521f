"""A proposal of what "we" are to do is the proposer's intent (03x); a proposal of what others are to do
stays an appeal (02x): `lagebild.events.proposed_cooperation`."""

from functools import partial

from tests.event_tuples import coded_events

DATE = "2025-05-12"
events = partial(coded_events, date=DATE, keep_implausible=True)


def test_a_meeting_of_us_proposed_is_an_intent_to_meet():
    coded = events("Kolumbien hat Ecuador vorgeschlagen, dass wir uns noch in dieser Woche treffen.")
    assert ("036", "COL", "ECU", "asserted") in coded
    assert not [e for e in coded if e[0].startswith("02")]


def test_a_joint_task_of_us_proposed_is_an_intent_to_cooperate():
    assert ("030", "PER", "CHL", "asserted") in events(
        "Peru hat Chile vorgeschlagen, dass wir gemeinsam die Grenze überwachen."
    )


def test_what_others_are_to_do_stays_an_appeal():
    coded = events("Lawrow schlug vor, dass sich die Allianz an die russische Botschaft wende.")
    assert [e for e in coded if e[0] == "020"]
