"""Talks whose noun names its pair with "zwischen" are held by that pair, also where a third side hosts,
chairs or holds them as the object of its verb ("richtete Gespräche zwischen X und Y aus"):
`embedded_acts.py`."""

import pytest

from tests.event_tuples import coded_events


def _talks(text: str) -> set[tuple]:
    return {
        (code[:2], s, t, m) for code, s, t, m in coded_events(text, "2024-05-01") if code[:2] in ("03", "04")
    }


@pytest.mark.parametrize(
    ("sentence", "modality"),
    [
        ("Die Türkei hat Gespräche zwischen Georgien und Armenien in Ankara ausgerichtet.", "asserted"),
        ("Katar führt seit Wochen Gespräche zwischen Georgien und Armenien.", "asserted"),
        ("Die Schweiz soll nun Verhandlungen zwischen Georgien und Armenien leiten.", "future"),
    ],
)
def test_talks_a_third_side_hosts_are_held_by_the_pair(sentence, modality):
    talks = _talks(sentence)
    assert {("04", "GEO", "ARM", modality), ("04", "ARM", "GEO", modality)} <= talks


def test_the_host_of_the_talks_stays_their_host():
    talks = _talks("Die Türkei hat Gespräche zwischen Georgien und Armenien in Ankara ausgerichtet.")
    assert {("04", "TUR", "GEO", "asserted"), ("04", "TUR", "ARM", "asserted")} <= talks


def test_talks_an_offer_holds_out_stay_the_offer():
    talks = _talks("Italien bot erneut an, Gespräche zwischen Georgien und Armenien in Rom auszurichten.")
    assert talks == {("03", "ITA", "GEO", "asserted"), ("03", "ITA", "ARM", "asserted")}
