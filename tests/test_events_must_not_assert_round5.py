"""Acts framed by a scenario or named as the purpose of another act are not asserted (issue 7, round 5)."""

from __future__ import annotations

import pytest

import lagebild


def _events(text: str) -> list:
    return lagebild.analyze(text, date="2024-03-01", lang="de").events


def _modalities(text: str, code: str) -> set[str]:
    return {e.modality for e in _events(text) if e.code == code}


@pytest.mark.parametrize(
    "text",
    [
        # the scenario stands in the first field; the parse hangs the act on a coordinated verb
        "Im ersten Szenario spielt Moskau auf Zeit und stoppt die Gaslieferungen an Polen.",
        # the act sits in the scenario's relative clause
        "Denkbar ist ein Szenario, in dem China die Gaslieferungen an Japan stoppt.",
    ],
)
def test_act_inside_a_scenario_is_hypothetical(text: str) -> None:
    assert _modalities(text, "163") == {"hypothetical"}


def test_scenario_named_after_the_verb_frames_nothing() -> None:
    text = (
        "Die Regierung in Warschau hat sich auf dieses Szenario vorbereitet und verhängte am Montag "
        "Sanktionen gegen Russland."
    )
    assert _modalities(text, "163") == {"asserted"}


def test_purpose_clause_names_a_goal_not_an_act() -> None:
    events = _events("Der türkische Präsident reiste nach Moskau, um mit Putin über Getreide zu verhandeln.")
    by_code = {e.code: e.modality for e in events}
    assert by_code.get("042") == "asserted"  # the trip happened
    assert by_code.get("046") == "future"  # the negotiation is what it was for


def test_act_that_has_a_purpose_stays_asserted() -> None:
    text = "Frankreich verhängte Sanktionen gegen Mali, um die Junta unter Druck zu setzen."
    assert _modalities(text, "163") == {"asserted"}
