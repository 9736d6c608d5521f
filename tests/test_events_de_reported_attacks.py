"""An attack a state reports with no doer named ("Kiew meldete weitere Drohnenangriffe") is the attack
of the side said to attack the reporter before, or the reporter's own where it names a place of another
side struck (`events.reported_attacks`)."""

import pytest

from tests.event_tuples import events_of_last_sentence, state_or_igo

DATE = "2025-03-04"
ATTACK = "Russland hat die Ukraine erneut mit Raketen angegriffen. "


def _force_in_last_sentence(text: str) -> set[tuple]:
    """(code, source, target, modality) of the force events whose evidence is the text's last sentence."""
    return {
        (e.code, state_or_igo(e.source), state_or_igo(e.target), e.modality)
        for e in events_of_last_sentence(text, DATE)
        if e.code[:2] in ("18", "19", "20")
    }


@pytest.mark.parametrize(
    "report",
    [
        "Am Morgen meldete Kiew weitere Drohnenangriffe.",
        # the reporter named by its nationality; the place struck is its own
        "In der Nacht meldeten die ukrainischen Behörden neue Drohnenangriffe auf Charkiw.",
    ],
)
def test_strikes_reported_by_the_side_attacked_before_are_the_attackers(report):
    assert _force_in_last_sentence(ATTACK + report) == {("195", "RUS", "UKR", "asserted")}


def test_strikes_reported_on_a_place_of_another_side_are_the_reporters():
    text = (
        "Die Lage an der Front ist angespannt. "
        "Am Morgen meldete Kiew Drohnenangriffe auf eine Raffinerie in Saratow."
    )
    assert _force_in_last_sentence(text) == {("195", "UKR", "RUS", "asserted")}


@pytest.mark.parametrize(
    "text",
    [
        # no attack on the reporter before: the doer is unknown
        "Am Morgen meldete Kiew weitere Drohnenangriffe.",
        # residents are no state: their report names no side
        ATTACK + "Am Morgen meldeten Anwohner weitere Drohnenangriffe.",
        # a fight has two sides, not one attacker
        ATTACK + "Am Morgen meldete Kiew heftige Gefechte.",
    ],
)
def test_no_doer_no_event(text):
    assert _force_in_last_sentence(text) == set()
