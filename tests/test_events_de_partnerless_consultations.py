"""A consultation told as done needs a partner: a body deliberating among itself is not coded, a
session it announces or convenes is (issue 7, precision)."""

from tests.event_tuples import coded_triples

DATE = "2025-03-01"


def coded(text: str) -> list[tuple]:
    return coded_triples(text, DATE)


def test_a_body_deliberating_among_itself_is_no_consultation():
    assert "040" not in {
        c for c, _, _ in coded("Die Außenminister der EU berieten am Dienstag über neue Zölle.")
    }


def test_an_announced_session_of_a_body_stays():
    assert "040" in {
        c for c, _, _ in coded("Die Außenminister der EU wollen am Dienstag über neue Zölle beraten.")
    }


def test_a_meeting_convened_stays():
    assert "040" in {
        c
        for c, _, _ in coded("Die Europäische Kommission berief am Montag ein Treffen der Innenminister ein.")
    }
