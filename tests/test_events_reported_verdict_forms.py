"""Verdicts in reported speech beyond "X sei ein Skandal": in the perfect ("sei ein Skandal gewesen") and as
what something has become ("sei zu einem Werkzeug geworden / verkommen"). Through the whole German pipeline."""

from functools import partial

import pytest

from tests.event_tuples import coded_events

events = partial(coded_events, date="2024-05-01")


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Das Vorgehen Serbiens sei ein Skandal gewesen, erklärte der kroatische Außenminister.",
            ("111", "HRV", "SRB", "asserted"),
        ),
        (
            "Der ungarische Außenminister sagte, die OSZE sei zu einem Werkzeug Washingtons verkommen.",
            ("111", "HUN", "IGOEUROSC", "asserted"),
        ),
        (
            "Die Nato sei zu einem Werkzeug der Rüstungsindustrie geworden, sagte der russische Außenminister.",
            ("111", "RUS", "IGOWSTNAT", "asserted"),
        ),
    ],
)
def test_a_verdict_in_the_perfect_or_of_what_became_is_the_speakers_disapproval(text, event):
    assert event in events(text)


def test_becoming_something_neutral_is_no_verdict():
    found = events(
        "Die Nato sei zu einem Bündnis von 32 Staaten geworden, sagte der russische Außenminister."
    )
    assert "111" not in {code for code, *_ in found}
