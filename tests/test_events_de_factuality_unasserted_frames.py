"""Sentences that frame an act without asserting it (events/conditions.py, speculation.py, framing_clauses.py,
modality.py, negation_scope.py, unsaid_statements.py, interview_framing.py): what looms if a condition holds,
a Konjunktiv II shared by a gapped clause, an indirect question left open, an explainer's question, a doubt
whose doubter names no side, readiness denied, a negated "lassen" over the act, and the line that announces
an interview."""

from functools import partial

import pytest

from tests.event_tuples import coded_events

DATE = "2024-05-10"
_events = partial(coded_events, date=DATE)


def _asserted(text: str) -> list[tuple]:
    return [event for event in _events(text) if event[3] == "asserted"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Sollte Warschau an der Blockade festhalten, droht eine monatelange Hängepartie mit Kiew.",
            id="what looms if a condition holds is no one's threat",
        ),
        pytest.param(
            "Berlin könnte die Zölle auf Stahl senken, Peking im Gegenzug seine Gegenzölle lockern.",
            id="a gapped clause shares the Konjunktiv II of the clause before",
        ),
        pytest.param(
            "Wann Moskau mit Kiew verhandelt, blieb zunächst offen.",
            id="an indirect question left open asks whether the act comes",
        ),
        pytest.param(
            "Warum demonstrieren die Armenier überhaupt?",
            id="an explainer's background question reports no act",
        ),
        pytest.param("Ob das Peking umstimmt, bezweifle ich.", id="a doubt of no named side is no statement"),
        pytest.param(
            "Polen habe bei den Deutschen keine Bereitschaft erkennen können, weitere Panzer an die Ukraine zu "
            "liefern.",
            id="an act no one is ready to do is not done",
        ),
        pytest.param(
            "Unabhängig überprüfen ließ die georgische Regierung die Angaben Russlands zunächst nicht.",
            id="a nicht on the lassen over the act negates the act",
        ),
        pytest.param(
            "Ein Gespräch mit dem Historiker Jan Weber von der Universität Bonn über Angst, Protest und die Rolle "
            "Moskaus.",
            id="the line announcing an interview is the newspaper's talk",
        ),
    ],
)
def test_a_framed_act_is_not_asserted(text):
    assert _asserted(text) == []


def test_a_threat_by_a_named_side_on_a_condition_is_made():
    assert ("130", "RUS", "UKR", "asserted") in _events("Sollte Kiew angreifen, droht Moskau mit Vergeltung.")


def test_a_question_for_the_reason_takes_the_act_as_given():
    assert ("114", "GEO", None, "asserted") in _events("Warum protestieren die Georgier gegen die Regierung?")
    assert ("164", "RUS", "UKR", "asserted") in _events(
        "Warum Moskau die Gespräche mit Kiew abbrach, ist unklar."
    )


def test_a_talk_between_two_sides_is_theirs():
    assert ("040", "RUS", "CHN", "asserted") in _events("Ein Gespräch zwischen Putin und Xi in Peking.")
