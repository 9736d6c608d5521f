"""An act the speaker says they do not believe in has not happened: "Ich glaube nicht, dass …" makes it
hypothetical (modality._disbelieved); an unnegated belief is left to the other readings. Sentences
written for the tests."""

from tests.event_tuples import root_modalities


def test_a_disbelieved_measure_in_the_present_is_hypothetical():
    text = "Ich glaube nicht, dass Berlin neue Sanktionen gegen Moskau verhängt."
    assert root_modalities(text, "2024-03-01", "16") == {"hypothetical"}


def test_a_disbelieved_measure_in_the_future_is_hypothetical_not_future():
    text = "Ich glaube aber nicht, dass Paris Sanktionen gegen Algerien verhängen wird."
    assert root_modalities(text, "2024-03-01", "16") == {"hypothetical"}
