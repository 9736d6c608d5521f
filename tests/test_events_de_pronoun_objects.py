"""A verb whose object is a pronoun ("wies ihn aus") chooses its lexicon row by the person the pronoun
stands for, the nearest agreeing noun before it that names someone. Sentences written for these tests."""

from tests.event_tuples import coded_events

DATE = "2024-05-01"


def test_an_ambassador_expelled_by_a_pronoun_is_a_diplomatic_expulsion():
    events = coded_events(
        "Die Regierung in Minsk bestellte den litauischen Botschafter ein und wies ihn aus.", DATE
    )
    assert ("161", "BLR", "LTU", "asserted") in events
    assert not any(code.startswith("17") for code, *_ in events)


def test_a_reporter_expelled_stays_an_expulsion_of_a_person():
    events = coded_events("Moskau wies den Reporter aus.", DATE)
    assert {code for code, *_ in events} == {"174"}
