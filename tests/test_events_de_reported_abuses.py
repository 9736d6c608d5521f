"""An embargo or a resolution said to be broken and a power or people said to be abused by another side, told in
indirect speech, are the speaker's accusation of that side (112, `reported_acts` with the rows of
12_reject.tsv). Said of one's own side or denied, they accuse no one. Sentences written for this test."""

import pytest

from tests.event_tuples import coded_events

DATE = "2024-03-05"


@pytest.mark.parametrize(
    "clause",
    [
        "Serbien verletze das Waffenembargo",
        "Serbien habe mehrere Resolutionen des Sicherheitsrats verletzt",
        "Serbien missbrauche die Minderheit als Druckmittel",
    ],
)
def test_a_reported_abuse_accuses_the_side_that_commits_it(clause):
    text = f"{clause}, sagte der kroatische Außenminister."
    assert ("112", "HRV", "SRB", "asserted") in coded_events(text, DATE, True)


def test_a_denied_abuse_accuses_no_one():
    text = "Serbien missbrauche die Minderheit nicht, sagte der serbische Außenminister."
    assert not any(code == "112" for code, *_ in coded_events(text, DATE, True))


def test_an_abuse_said_of_ones_own_side_accuses_no_one():
    text = "Kroatien habe das Waffenembargo nie verletzt, sagte der kroatische Außenminister."
    assert not any(code == "112" for code, *_ in coded_events(text, DATE, True))
