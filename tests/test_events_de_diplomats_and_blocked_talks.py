"""Staff of a mission expelled are diplomats (161, the gold guidelines: "expulsion of diplomats ... = 161"),
also where the noun names an envoy or consular staff rather than a diplomat, and an envoy recalled "zu
Konsultationen" by name; talks blocked are obstructed (129)."""

import pytest

from tests.event_tuples import coded_dyads


def _codes(text: str) -> set[str]:
    return {code for code, _, _ in coded_dyads(text, "2024-05-01")}


@pytest.mark.parametrize(
    "text",
    [
        "Polen wies zwei Konsularbeamte der russischen Botschaft aus.",
        "Thailand wies den kambodschanischen Gesandten aus.",
        "Paris beschloss, zwölf Bedienstete des algerischen Konsulats auszuweisen.",
    ],
)
def test_expelled_mission_staff_are_diplomats(text):
    codes = _codes(text)
    assert "161" in codes
    assert "174" not in codes


def test_talks_blocked_are_obstructed():
    """ "blockierte die Gespräche" obstructs them (129), as "blockierte den Beitrittsprozess" does."""
    assert "129" in _codes("Bulgarien hatte die Gespräche mit Skopje seit Jahren blockiert.")


def test_an_envoy_recalled_for_consultations_by_name():
    """ "rief Meyer zu Konsultationen zurück": only an envoy is recalled for consultations (161)."""
    assert "161" in _codes(
        "Israel bestellte den Botschafter ein. Brasilien rief Meyer daraufhin zu Konsultationen zurück."
    )
