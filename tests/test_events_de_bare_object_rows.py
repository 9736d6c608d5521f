"""A bare name the parser labels "obl:arg" instead of "obj" fills the object target slot when the row is
chosen (row_choice._slot_filled), as it does when the target is read: "hat Seoul gewarnt" is a warning
addressed to Seoul (130), not a pessimistic comment (012)."""

from tests.event_tuples import coded_events

DATE = "2024-05-02"


def test_a_warned_addressee_parsed_as_obl_arg_makes_the_warning_a_threat():
    events = coded_events(
        "Der Kreml hat Seoul gewarnt, ein solcher Beitritt würde das Verhältnis schwer belasten.", DATE, True
    )
    assert ("130", "RUS", "KOR", "asserted") in events
    assert not [e for e in events if e[0] == "012"]


def test_a_warning_without_an_addressee_stays_a_comment():
    events = coded_events("Der Kreml hat vor einer gefährlichen Eskalation in Korea gewarnt.", DATE, True)
    assert not [e for e in events if e[0].startswith("13")]
