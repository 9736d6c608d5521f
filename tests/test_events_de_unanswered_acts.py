"""Leaving a request unanswered is giving no answer: no reprisal or reply of the silent side. The
litotes "nicht unbeantwortet lassen" still announces one."""

import pytest

from tests.event_tuples import coded_events


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        ("Die Regierung in Ankara ließ den Brief aus Athen unbeantwortet.", []),
        ("Ankara hat die Anfrage aus Athen bislang unbeantwortet gelassen.", []),
        ("Ankara wird den Angriff auf seine Soldaten nicht unbeantwortet lassen.", [("160", "future")]),
        ("Ankara ließ den Angriff aus Athen nicht unbeantwortet.", [("160", "asserted")]),
    ],
)
def test_only_an_act_not_left_unanswered_is_answered(text, answers):
    events = coded_events(text, "2024-05-01", keep_implausible=True)
    assert [(code, modality) for code, source, _, modality in events if source == "TUR"] == answers


def test_an_act_by_no_means_left_unanswered_is_answered():
    text = "Die Regierung in Ankara kündigte an, den Angriff keinesfalls unbeantwortet zu lassen."
    events = coded_events(text, "2024-05-01", keep_implausible=True)
    assert ("160", "future") in [(code, modality) for code, source, _, modality in events if source == "TUR"]
