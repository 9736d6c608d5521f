"""A question asking what was demanded, agreed or signed, with no counterpart named in it, is no event;
the answer after it is. Sentences written for these tests."""

from __future__ import annotations

from tests.event_tuples import coded_events

DATE = "2025-01-10"
TALKS = (
    "Die Regierung in Damaskus hat am Montag Gespräche mit Moskau über die Zukunft der Militärbasen geführt. "
)


def _question_events(question: str) -> list[tuple]:
    return [e for e in coded_events(TALKS + question, DATE, keep_implausible=True) if e[0] != "040"]


def test_a_question_for_the_content_of_a_demand_is_no_demand():
    assert _question_events("Frage: Was verlangt Moskau?") == []


def test_a_question_for_what_was_agreed_is_no_agreement():
    assert _question_events("Was wurde in Moskau vereinbart?") == []


def test_the_answer_keeps_its_demand():
    text = "Frage: Was verlangt Moskau? Antwort: Russland verlangt von Syrien, die Basen weiter nutzen zu dürfen."
    assert ("101", "RUS", "SYR", "asserted") in _question_events(text)


def test_a_question_that_names_the_counterpart_keeps_its_event():
    assert ("100", "RUS", "SYR", "hypothetical") in _question_events("Was verlangt Moskau von Damaskus?")
