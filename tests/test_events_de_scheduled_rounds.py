"""Rounds of talks a sentence schedules or reports as failed, with no party named in their clause, are
talks of the sides told of before (`talks_of_sides_before.py`, `senses._round_of_something_else`)."""

import pytest

from tests.event_tuples import coded_events

AGREEMENT = "Indien und die Malediven unterzeichneten am Sonntag ein Abkommen über die Fischerei."
BOTH_WAYS = {("IND", "MDV"), ("MDV", "IND")}


def _meetings(text: str) -> set[tuple]:
    return {event for event in coded_events(text, "2024-05-01") if event[0].startswith("04")}


@pytest.mark.parametrize(
    ("scheduled", "modality"),
    [
        ("Die nächste Runde soll im Herbst in Colombo stattfinden.", "future"),
        ("Eine dritte Runde ist für Mitte September angesetzt.", "future"),
        ("Eine weitere Runde kam bisher nicht zustande.", "negated"),
    ],
)
def test_a_round_scheduled_is_talks_of_the_two_sides_before(scheduled, modality):
    meetings = _meetings(f"{AGREEMENT} {scheduled}")
    assert {(s, t, m) for _, s, t, m in meetings} == {(s, t, modality) for s, t in BOTH_WAYS}


@pytest.mark.parametrize(
    "sentence",
    [
        "Die zweite Runde der Parlamentswahl soll im Juni stattfinden.",
        "In der zweiten Runde setzte sich der Amtsinhaber klar durch.",
        "Am Abend beginnt eine große Runde mit den Fischern der Inseln.",
    ],
)
def test_a_round_of_something_else_is_no_talks(sentence):
    meetings = _meetings(f"{AGREEMENT} {sentence}")
    assert not any((s, t) in BOTH_WAYS for _, s, t, _ in meetings)


@pytest.mark.parametrize(
    "scheduled",
    [
        "Die Gespräche sollen nach Angaben aus Malé im Juni fortgesetzt werden.",
        "Ein weiteres Treffen ist laut Neu-Delhi für den Sommer geplant.",
    ],
)
def test_who_tells_of_the_talks_is_no_party_of_them(scheduled):
    meetings = _meetings(f"{AGREEMENT} {scheduled}")
    assert {(s, t, m) for _, s, t, m in meetings} == {(s, t, "future") for s, t in BOTH_WAYS}


def test_a_round_after_mediated_talks_is_held_by_the_two_parties():
    text = "Zwei Gesprächsrunden unter norwegischer Vermittlung zwischen Äthiopien und Eritrea blieben "
    text += "ohne Ergebnis. Eine dritte Runde ist für Mitte September angesetzt."
    meetings = {(s, t, m) for _, s, t, m in _meetings(text) if m == "future"}
    assert meetings == {("ETH", "ERI", "future"), ("ERI", "ETH", "future")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Ein weiterer Austausch soll im Januar folgen.",
        "Ob der nächste Austausch noch im Mai zustande kommt, blieb offen.",
    ],
)
def test_an_exchange_to_come_is_no_talks(sentence):
    """An exchange to come with no partner named is one of prisoners, not of views."""
    assert not _meetings(f"Russland und die Ukraine tauschten am Montag Gefangene aus. {sentence}")
