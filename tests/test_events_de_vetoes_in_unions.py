"""A member state's veto is aimed at the union whose decision it holds up, not at the state the blocked
aid or sanctions concern; a blocked accession is aimed at the candidate (events/vetoes_in_unions.py).
Sentences of our own, through the real pipeline."""

from __future__ import annotations

import pytest

from tests.event_tuples import coded_dyads

DATE = "2026-11-20"


def vetoes(text: str) -> set[tuple]:
    return {(source, target) for code, source, target in coded_dyads(text, DATE) if code.startswith("129")}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Die EU-Kommission schlug neue Sanktionen gegen Iran vor. Doch Ungarn blockiert die Sanktionen "
            "gegen Teheran.",
            ("HUN", "IGOEUREEC"),
        ),
        (
            "Die Europäische Union will Kairo Kredite geben. Die Slowakei blockiert die Auszahlung an Ägypten.",
            ("SVK", "IGOEUREEC"),
        ),
    ],
)
def test_a_members_veto_is_aimed_at_the_union(text, pair):
    assert vetoes(text) == {pair}


def test_a_blocked_accession_is_aimed_at_the_candidate():
    text = (
        "Die EU will mit Albanien verhandeln. Doch Griechenland blockiert die Beitrittsgespräche mit Tirana."
    )
    assert vetoes(text) == {("GRC", "ALB")}
