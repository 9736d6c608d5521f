"""Envoys are summoned; they do not summon: where the parse makes the ambassador of a summons its
subject, the side that is no envoy summons the envoy's state (`summoned_envoys`)."""

import pytest

from tests.event_tuples import coded_events


@pytest.mark.parametrize(
    ("text", "summoner", "summoned"),
    [
        ("Kanadas Außenministerium hat Chinas Botschafter Cong Peiwu einbestellt.", "CAN", "CHN"),
        (
            "Später bestellte Außenministerin Annalena Baerbock Botschafter Sergej Netschajew ins Auswärtige Amt ein.",
            "DEU",
            "RUS",
        ),
        ("Das Auswärtige Amt hat den russischen Botschafter einbestellt.", "DEU", "RUS"),
    ],
)
def test_the_side_that_is_no_envoy_summons_the_envoys_state(text, summoner, summoned):
    summons = [(s, t) for code, s, t, _ in coded_events(text, "2024-05-01") if code == "114"]
    assert summons == [(summoner, summoned)]
