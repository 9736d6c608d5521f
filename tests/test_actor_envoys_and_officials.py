"""Envoys and officials below the ambassador and the minister ("der französische Generalkonsul", "der
amerikanische Unterhändler", "der Handelsbeauftragte", "Staatssekretär X") are role nouns:
a country adjective or the passage gives their state, and what they do is that state's act."""

from __future__ import annotations

import pytest

from tests.entity_mentions import mentioned_code
from tests.event_tuples import coded_dyads


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("Die spanische Staatssekretärin Ana López reiste nach Rabat.", "Ana López", "ESPGOV"),
        ("Der französische Generalkonsul Marc Dubois besuchte die Inhaftierten.", "Marc Dubois", "FRAGOV"),
        ("Der britische Chefunterhändler Tom Barrow reiste nach Brüssel.", "Tom Barrow", "GBRGOV"),
    ],
)
def test_an_envoy_or_official_with_a_country_adjective_is_that_states_actor(text, mention, code):
    assert mentioned_code(text, mention, "2024-05-01") == code


def test_a_consul_criticising_acts_for_his_state():
    dyads = coded_dyads(
        "Der spanische Generalkonsul Luis Pérez kritisierte die Regierung in Caracas scharf.", "2024-05-01"
    )
    assert any(
        code.startswith("11") and source == "ESP" and target == "VEN" for code, source, target in dyads
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die US-Vertreterin lehnte den Vorschlag Russlands ab.", ("USA", "RUS")),
        ("Die US-Funktionärin kritisierte Kuba scharf.", ("USA", "CUB")),
    ],
)
def test_a_woman_in_an_agent_noun_acts_for_her_state_as_a_man_would(text, expected):
    assert expected in {(source, target) for _, source, target in coded_dyads(text, "2024-05-01")}


def test_an_embassy_named_again_is_the_mission_of_the_envoy_named_before():
    dyads = coded_dyads(
        "Das Außenministerium in Wellington bestellte den chinesischen Botschafter ein. "
        "Die Regierung verlangt Aufklärung über den Hackerangriff. "
        "Die Botschaft wies die Vorwürfe als haltlos zurück.",
        "2024-03-27",
    )
    assert ("016", "CHN", None) in dyads


def test_a_bare_embassy_with_no_mission_named_before_is_nobodys():
    dyads = coded_dyads(
        "Die Regierung in Wellington verlangt Aufklärung über den Hackerangriff. "
        "Die Botschaft wies die Vorwürfe als haltlos zurück.",
        "2024-03-27",
    )
    assert not any(code == "016" for code, _, _ in dyads)
