"""'treffen' meets someone, but what hits someone hard, or hits "es" for its subject, is no meeting
(issue 7; sentences written for this test)."""

import pytest

from tests.event_tuples import coded_codes

DATE = "2024-03-05"


def codes(text: str) -> set[str]:
    return coded_codes(text, DATE)


@pytest.mark.parametrize(
    "text",
    [
        "Neue Strafzölle würden Mexiko hart treffen.",
        "Ein Ausfuhrstopp für Getreide träfe Ägypten besonders schwer.",
        "Sollte Moskau die Gaslieferungen kappen, träfe es vor allem Ungarn.",
    ],
)
def test_hitting_someone_hard_is_no_meeting(text):
    assert not {c for c in codes(text) if c.startswith("04")}


def test_meeting_someone_is_still_a_meeting():
    assert "040" in codes("Der französische Präsident traf in Rom die italienische Ministerpräsidentin.")
