"""A spokesperson's ministry ("ein Sprecher des Außenministeriums") is not of the state its speaker's verb
acts on: what the speaker addresses is the ministry's other side."""

from __future__ import annotations

from tests.event_tuples import coded_dyads


def test_the_ministry_of_a_spokesman_is_not_the_addressees():
    text = (
        "Washington ist empört. Ein Sprecher des Außenministeriums nennt die Raketentests gefährlich und "
        "fordert Pjöngjang auf, die Provokationen einzustellen."
    )
    assert ("100", "USA", "PRK") in coded_dyads(text, "2024-05-01")
