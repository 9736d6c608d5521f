"""Sitting at one table is meeting (040), both ways: "saßen an einem Tisch"; sitting (mit) "am Tisch"
is being a party to talks and names no one met (`senses._party_at_the_table`)."""

from tests.event_tuples import coded_dyads

DATE = "2024-05-02"


def test_sitting_at_one_table_is_meeting_both_ways():
    dyads = coded_dyads(
        "Die Außenminister Serbiens und Kroatiens saßen am Montag in Wien an einem Tisch.", DATE
    )
    assert {("040", "SRB", "HRV"), ("040", "HRV", "SRB")} <= dyads


def test_a_party_at_the_table_meets_no_one():
    dyads = coded_dyads("Japan sitzt bei den Gesprächen über Korea nicht mit am Tisch.", DATE)
    assert not any(code.startswith("04") for code, _, _ in dyads)


def test_an_isch_adjective_is_no_table_to_sit_at():
    dyads = coded_dyads("Die Präsidentin saß mit Vertretern Chinas in der diplomatischen Runde.", DATE)
    assert not any(code.startswith("04") for code, _, _ in dyads)
