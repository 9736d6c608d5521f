"""Arrests at home (events/targets_arrests.py): a state arrests and charges its own people unless the
clause names a foreigner, tested through the real pipeline on sentences of our own."""

from __future__ import annotations

import pytest

from lagebild import analyze

DATE = "2026-11-20"


def _arrests(text: str) -> set[tuple[str | None, str | None]]:
    events = analyze(text, date=DATE, lang="de").events
    return {
        (e.source.country if e.source else None, e.target.country if e.target else None)
        for e in events
        if e.code.startswith("173")
    }


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Die Junta in Niamey ließ mehrere Minister festnehmen.", "NER"),
        ("Russland kritisierte die Wahl. In Eriwan nahm der Geheimdienst den Erzbischof fest.", "ARM"),
    ],
)
def test_an_arrest_with_no_one_named_is_of_the_own_people(text, state):
    assert _arrests(text) == {(state, state)}


def test_a_foreigner_arrested_is_named_as_one():
    assert _arrests("Die Polizei in Minsk nahm einen US-Journalisten fest.") == {("BLR", "USA")}


def test_a_foreigner_named_in_another_clause_is_no_own_person():
    text = "Indonesiens Marine brachte ein vietnamesisches Fischerboot auf und nahm die Besatzung fest."
    assert ("IDN", "IDN") not in _arrests(text)


def test_each_of_two_arresting_states_arrests_its_own_people():
    # one stand-in per state over the same noun: neither may take the other's state
    text = "Russland und Belarus nahmen am Montag Oppositionelle fest."
    assert _arrests(text) == {("RUS", "RUS"), ("BLR", "BLR")}
