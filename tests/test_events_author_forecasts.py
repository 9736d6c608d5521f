"""An answer the author forecasts in the indicative future ("China wird darauf reagieren.") threatens no
one: only the answer to come is coded; nor does one quoted from a commentator or from another side's
speaker. Quoted from the answering side, attributed or reported in the Konjunktiv I, it is the
answering side's threat. New sentences, not from any gold set."""

import pytest

from tests.event_tuples import country_events

BEFORE = "Die USA haben Strafzölle auf chinesische Elektroautos verhängt. "


def _answers(text: str) -> set:
    return {(c, s, t, m) for c, s, t, m in country_events(BEFORE + text, "2024-05-01") if c in ("130", "160")}


@pytest.mark.parametrize(
    "text",
    [
        "China wird darauf reagieren.",
        "Peking wird entsprechend reagieren.",
        "China wird darauf reagieren, sagte ein Analyst.",
        "„China wird darauf reagieren“, sagte Lawrow.",
    ],
)
def test_authors_forecast_is_the_answer_to_come_without_a_threat(text):
    assert _answers(text) == {("160", "CHN", "USA", "future")}


@pytest.mark.parametrize(
    "text",
    [
        "„China wird darauf reagieren“, sagte ein Sprecher.",
        "„China wird darauf reagieren“, sagte Wang Yi.",
        "Wie das Handelsministerium mitteilte, wird China darauf reagieren.",
        "Laut dem Handelsministerium wird China darauf reagieren.",
        "China werde darauf reagieren.",
    ],
)
def test_answer_announced_by_the_answering_side_threatens(text):
    assert ("130", "CHN", "USA", "asserted") in _answers(text)


@pytest.mark.parametrize("speaker", ["der Experte", "eine Anwohnerin", "Lawrow"])
def test_an_outsiders_forecast_announces_no_answer(speaker):
    assert _answers(f"„China wird antworten“, sagte {speaker}.") == set()


def test_the_answering_sides_own_plain_future_announces_its_answer():
    assert ("130", "CHN", "USA", "asserted") in _answers("„China wird antworten“, sagte Wang Yi.")
