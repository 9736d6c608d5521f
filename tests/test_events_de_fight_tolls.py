"""What a fight is "mit" besides the other side, its toll or its weapons ("Gefechte mit Dutzenden Toten"),
is no partner: the two sides coordinated before the fight noun still fight each other, in both
directions. New sentences, not from any gold set."""

from tests.event_tuples import coded_dyads

DATE = "2024-05-01"


def _fights(text: str) -> set:
    return {(s, t) for c, s, t in coded_dyads(text, DATE) if c.startswith("19")}


def test_a_fight_with_its_dead_is_fought_both_ways():
    text = "Damals lieferten sich armenische und aserbaidschanische Einheiten dort noch Gefechte mit mehr als zweihundert Toten."
    assert {("ARM", "AZE"), ("AZE", "ARM")} <= _fights(text)
