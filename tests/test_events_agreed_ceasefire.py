"""A ceasefire agreed on is declared by the agreement (0871), not merely intended (0356)."""

from __future__ import annotations

from tests.event_tuples import coded_events


def test_an_agreed_ceasefire_is_the_ceasefire():
    events = coded_events("Kirgistan und Tadschikistan haben eine Waffenruhe vereinbart.", "2024-05-01")
    assert {code for code, *_ in events} == {"0871"}
