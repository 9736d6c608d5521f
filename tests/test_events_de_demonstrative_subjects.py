"""A demonstrative standing alone as the subject takes up the last agreeing noun phrase of the sentence
before, not one a preposition governs, when it names no person (`demonstrative_subjects.py`)."""

import pytest

from tests.event_tuples import coded_dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        # "Dieser": the last masculine phrase, here a genitive attribute
        (
            "Teheran reagierte auf die Resolution des Gouverneursrats der Internationalen Atomenergiebehörde. "
            "Dieser hatte Iran am Mittwoch scharf kritisiert.",
            ("111", "IGOUNOIAE", "IRN"),
        ),
        # "Diese": the object, not the later "zur unerwünschten Person" a preposition governs
        (
            "Die Regierung erklärte die Botschafterin der Europäischen Union zur unerwünschten Person. "
            "Diese hatte die Regierung Nicaraguas kritisiert.",
            ("111", "IGOEUREEC", "NIC"),
        ),
    ],
)
def test_a_demonstrative_takes_up_the_last_agreeing_phrase(text, dyad):
    assert dyad in coded_dyads(text, date="2024-05-02")
