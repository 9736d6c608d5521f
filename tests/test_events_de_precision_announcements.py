"""Announcing a thing is no intent to cooperate: "kündigte eine Klage an" names what is to come, which its
own row codes (a visit, talks) or nothing does; the plain 030 of "ankündigen" stays for a "zu" clause."""

from functools import partial

import pytest

from tests.event_tuples import coded_events

events = partial(coded_events, date="2024-05-10")


def test_announcing_a_lawsuit_is_no_intent_to_cooperate():
    found = events("Die Regierung in Hanoi kündigte eine Beschwerde bei den Vereinten Nationen an.")
    assert not any(code.startswith("03") for code, *_ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Für Ende Juni ist ein Besuch des Kanzlers in Hanoi angekündigt.",
        "Ein Besuch des Kanzlers in Hanoi wird für Juni angekündigt.",
    ],
)
def test_an_announced_visit_is_the_visit_to_come(text):
    found = events(text)
    assert ("042", "DEU", "VNM", "future") in found
    assert not any(code == "036" for code, *_ in found)


def test_an_announced_journey_is_the_journey_to_come():
    found = events("Die italienische Regierungschefin kündigte eine Reise nach Tunis an.")
    assert ("042", "ITA", "TUN", "future") in found


def test_an_announcement_that_only_attributes_the_sentence_is_no_intent():
    found = events(
        "Die nächste Konferenz soll im Herbst in Kairo stattfinden, wie der ägyptische Außenminister ankündigte."
    )
    assert not any(code == "030" for code, *_ in found)
