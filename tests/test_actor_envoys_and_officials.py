"""Envoys and officials below the ambassador and the minister ("der französische Generalkonsul", "der
amerikanische Unterhändler", "der Handelsbeauftragte", "Staatssekretär X") are role nouns:
a country adjective or the passage gives their state, and what they do is that state's act."""

from __future__ import annotations

import pytest

from lagebild import analyze
from tests.entity_mentions import entities_mentioned_as
from tests.event_tuples import coded_dyads


def _code(text: str, mention: str, date: str = "2024-05-01") -> str | None:
    result = analyze(text, date=date, lang="de")
    return entities_mentioned_as(result, mention)[0].actor_code


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("Die spanische Staatssekretärin Ana López reiste nach Rabat.", "Ana López", "ESPGOV"),
        ("Der französische Generalkonsul Marc Dubois besuchte die Inhaftierten.", "Marc Dubois", "FRAGOV"),
        ("Der britische Chefunterhändler Tom Barrow reiste nach Brüssel.", "Tom Barrow", "GBRGOV"),
    ],
)
def test_an_envoy_or_official_with_a_country_adjective_is_that_states_actor(text, mention, code):
    assert _code(text, mention) == code


def test_a_consul_criticising_acts_for_his_state():
    dyads = coded_dyads(
        "Der spanische Generalkonsul Luis Pérez kritisierte die Regierung in Caracas scharf.", "2024-05-01"
    )
    assert any(
        code.startswith("11") and source == "ESP" and target == "VEN" for code, source, target in dyads
    )
