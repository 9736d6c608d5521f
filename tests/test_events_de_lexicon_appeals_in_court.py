"""An appeal against a ruling is a legal action (115): "in Berufung gehen", "Berufung/Revision ankündigen";
the appointment of judges ("die Berufung neuer Richter") takes no light verb of the row and codes nothing."""

import pytest

from tests.event_tuples import coded_events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die polnische Regierung will gegen das Urteil in Berufung gehen.", ("115", "POL", None, "future")),
        ("Das ungarische Justizministerium kündigte umgehend Berufung an.", ("115", "HUN", None, "future")),
        (
            "Das slowakische Justizministerium kündigte Revision gegen den Freispruch an.",
            ("115", "SVK", None, "future"),
        ),
        (
            "Die Regierung in Budapest will gegen das Urteil nicht in Revision gehen.",
            ("115", "HUN", None, "negated"),
        ),
    ],
)
def test_an_appeal_against_a_ruling_is_a_legal_action(text, expected):
    assert expected in coded_events(text, "2024-05-01")


def test_the_appointment_of_judges_is_no_appeal():
    events = coded_events("Der Präsident bestätigte die Berufung neuer Richter in Warschau.", "2024-05-01")
    assert not [e for e in events if e[0] == "115"]
