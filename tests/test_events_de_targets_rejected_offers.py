"""A rejection in a clause set against or beside the one before it rejects that clause's subject
(events/targets_rejected_offers.py); one joined by "und" goes along with it. Sentences of our own,
through the real pipeline."""

from __future__ import annotations

import pytest

from tests.event_tuples import root_pairs

DATE = "2026-11-20"


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Rom bot Tunis neue Gespräche an, doch Tunesien lehnte das Angebot ab.", ("TUN", "ITA")),
        (
            "Die Ukraine hat die Aufnahme beantragt; Ungarn verweigert bislang seine Zustimmung.",
            ("HUN", "UKR"),
        ),
    ],
)
def test_a_rejection_answers_the_subject_of_the_clause_before(text, pair):
    assert pair in root_pairs(text, DATE, "12")


def test_a_rejection_joined_by_und_goes_along_with_the_clause_before():
    pairs = root_pairs(
        "Paris verurteilte den Beschluss scharf, und Berlin wies ihn ebenfalls zurück.", DATE, "12"
    )
    assert ("DEU", "FRA") not in pairs
