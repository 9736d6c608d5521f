"""A pledge followed after a comma by a main clause in the indicative keeps its event: the clause is the
report's next statement, not what is pledged (`sentence_rules._next_statement`); pledged content in the
subjunctive of reported speech stays the pledge's content."""

import pytest

from tests.event_tuples import coded_events

DATE = "2024-05-02"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Moldau leidet unter der Energiekrise. Rumänien stellte Moldau weitere Kredite in Aussicht, die "
            "Weltbank prüft noch einen Antrag.",
            [("0331", "ROU", "MDA", "asserted")],
        ),
        (
            "Sri Lanka steckt in einer Krise. Japan und Australien stellten Nothilfe in Aussicht, das "
            "Welternährungsprogramm verteilt bereits Reis.",
            [("033", "JPN", "LKA", "asserted"), ("033", "AUS", "LKA", "asserted")],
        ),
    ],
)
def test_a_pledge_beside_the_next_statement_is_coded(text, expected):
    events = coded_events(text, DATE)
    assert all(e in events for e in expected)


def test_a_pledge_whose_content_is_reported_speech_frames_it():
    events = coded_events("Der Kanzler sagte zu, Deutschland werde der Ukraine weitere Panzer liefern.", DATE)
    assert ("030", "DEU", "UKR", "asserted") in events
