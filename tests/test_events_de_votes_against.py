"""A vote cast against something is a rejection (120), aimed at the body it is cast in where the clause
names no one else; a vote for, a tally or a vote still to come is none (issue 7; sentences written for
this test)."""

import pytest

from tests.event_tuples import coded_events

DATE = "2024-10-04"


def rejections(text: str) -> list[tuple]:
    return [e for e in coded_events(text, DATE) if e[0].startswith("12")]


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        (
            "Die EU-Staaten beschlossen am Montag neue Zölle auf chinesische Elektroautos. "
            "Ungarn stimmte gegen den Kompromiss.",
            {"HUN"},
        ),
        (
            "Die EU-Staaten beschlossen die Reform des Asylrechts. Ungarn und die Slowakei stimmten dagegen.",
            {"HUN", "SVK"},
        ),
    ],
)
def test_a_vote_against_is_cast_in_the_union(text, sources):
    assert {(e[0], e[1], e[2], e[3]) for e in rejections(text)} == {
        ("120", s, "IGOEUREEC", "asserted") for s in sources
    }


def test_a_vote_against_in_the_un_is_aimed_at_the_un():
    text = "Die UN-Vollversammlung verabschiedete die Resolution. Russland stimmte dagegen."
    assert ("120", "RUS", "IGOUNO", "asserted") in rejections(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die UN-Vollversammlung verabschiedete die Resolution. 60 Staaten stimmten dafür, 22 dagegen.",
        "Die EU-Staaten berieten über die Zölle. Frankreich, Spanien und Italien stimmten mit Ja.",
        "Die EU-Staaten berieten über die Zölle. Der Kanzler hat angewiesen, gegen die Zölle zu stimmen.",
    ],
)
def test_a_vote_for_a_tally_or_a_vote_to_come_is_no_rejection(text):
    assert not rejections(text)
