"""A fight the police exchange with armed men is combat (19x), not repression (175): the other side
shoots back. Force the police use on people at home stays repression."""

from __future__ import annotations

from tests.event_tuples import coded_events

DATE = "2024-05-01"


def test_police_in_a_firefight_fight():
    text = "Polizisten lieferten sich in der Nacht in Port-au-Prince Feuergefechte mit einer Bande."
    assert [code for code, *_ in coded_events(text, DATE)] == ["190"]


def test_police_shooting_at_demonstrators_repress_them():
    text = "Die Polizei in Nairobi schoss auf Demonstranten."
    assert [code for code, *_ in coded_events(text, DATE)] == ["175"]
