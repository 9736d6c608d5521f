"""Movements, candidates and senators of a state's opposition, named without the state: their demands
and accusations are the state's (domestic groups of `actor_unowned_bodies`)."""

from __future__ import annotations

from tests.event_tuples import country_events


def _events(text: str) -> list[tuple]:
    """(CAMEO root, source state, target state) of every event, in order."""
    return [(code[:2], source, target) for code, source, target, _ in country_events(text, "2024-05-10")]


def test_a_protest_movement_demands_of_its_own_government():
    text = (
        "In Peru halten die Proteste gegen die Regierung an. "
        "Die Protestbewegung verlangte am Montag den Rücktritt der Regierung."
    )
    assert ("10", "PER", "PER") in _events(text)


def test_opposition_senators_accuse_their_minister():
    text = (
        "In Chile ist der Außenminister unter Druck geraten. "
        "Oppositionssenatoren warfen dem Minister vor, das Parlament belogen zu haben."
    )
    assert ("11", "CHL", "CHL") in _events(text)
