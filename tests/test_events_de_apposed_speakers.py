"""A speaker named by a role whose name follows in apposition ("der Berater des Präsidenten, Mychajlo
Podoljak"): the name carries the actor the role phrase lacks, and the reported words are the speaker's
(`arguments.speaker_actor`); a role phrase naming its actor keeps it. Sentences written for these tests."""

import pytest

from tests.event_tuples import coded_events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Entscheidung Moskaus sei ein Skandal, sagte der Berater des ukrainischen Präsidenten, Mychajlo Podoljak.",
            ("111", "UKR", "RUS", "asserted"),
        ),
        (
            "Das Vorgehen Pekings sei inakzeptabel, sagte die Sprecherin der Regierung in Manila, Claire Castro.",
            ("111", "PHL", "CHN", "asserted"),
        ),
    ],
)
def test_a_verdict_is_coded_for_the_side_of_its_speaker(text, expected):
    assert expected in coded_events(text, "2024-05-01")
