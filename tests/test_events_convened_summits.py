"""Convening a crisis or special summit, or calling to a dialog, asks the invited to meet (026); an
invitation to a visit or to talks with the host expresses the host's intent to meet (036): the
"einladen" rows of the lexicon."""

from functools import partial

from tests.event_tuples import coded_events

DATE = "2025-02-10"
events = partial(coded_events, date=DATE, keep_implausible=True)


def test_a_crisis_summit_convened_for_two_sides_is_an_appeal_to_meet():
    coded = events(
        "Der Präsident Angolas lud Äthiopien und Eritrea für Freitag zu einem Krisengipfel nach Luanda ein."
    )
    assert ("026", "AGO", "ETH", "asserted") in coded
    assert ("026", "AGO", "ERI", "asserted") in coded
    assert not [e for e in coded if e[0] == "036"]


def test_a_dialog_offered_to_the_opposition_is_an_appeal_to_talk():
    coded = events("Die Regierung von Togo lud die Opposition zu einem Dialog ein.")
    assert [e for e in coded if e[0] == "026" and e[1] == "TGO"]


def test_an_invitation_to_a_visit_stays_an_intent_to_meet():
    coded = events(
        "Die Regierung in Warschau lud den litauischen Präsidenten zu einem Besuch nach Polen ein."
    )
    assert [e for e in coded if e[0] == "036" and e[1] == "POL"]
