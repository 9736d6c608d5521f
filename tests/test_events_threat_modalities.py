"""What a threat holds out and what it follows. Sentences written for the tests.

"Nach dem Angriff drohte X mit Vergeltung": the act a time phrase names is done, the threat follows it
(events.speculation.AFTER_WORDS)."""

import pytest

from tests.event_tuples import root_modalities

DATE = "2025-03-04"


@pytest.mark.parametrize(
    "text",
    [
        "Nach dem russischen Luftangriff auf Charkiw drohte Selenskyj Moskau mit Vergeltung.",
        "Nach dem russischen Luftangriff auf Charkiw prüft die EU neue Sanktionen gegen Moskau.",
    ],
)
def test_an_attack_named_in_a_time_phrase_of_a_threat_or_weighing_is_done(text):
    assert root_modalities(text, DATE, "19") == {"asserted"}
