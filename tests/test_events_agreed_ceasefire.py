"""A ceasefire agreed on is declared by the agreement (0871), not merely intended (0356); one announced
between a pair is the pair's, not the announcer's (`meetings.pair_acted_upon`)."""

from __future__ import annotations

from tests.event_tuples import coded_events


def test_an_agreed_ceasefire_is_the_ceasefire():
    events = coded_events("Kirgistan und Tadschikistan haben eine Waffenruhe vereinbart.", "2024-05-01")
    assert {code for code, *_ in events} == {"0871"}


def test_a_ceasefire_announced_between_a_pair_is_the_pairs_not_the_announcers():
    text = "Ägypten verkündete am Abend die Waffenruhe zwischen Armenien und Aserbaidschan."
    ceasefires = {(s, t) for code, s, t, _ in coded_events(text, "2024-05-01") if code == "0871"}
    assert ceasefires == {("ARM", "AZE"), ("AZE", "ARM")}
