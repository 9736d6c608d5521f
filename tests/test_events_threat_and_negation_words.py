"""One table of threats and one list of negating words for every rule that needs them (issue 7).

A threat is coded by what it threatens the same way whether the act is held out ("stellte … in Aussicht",
prospects.py) or announced as an answer ("werde mit … antworten", announced_threats.py): unspecified
consequences threaten (130, as the gold codes "drohte mit Konsequenzen"), sanctions 1312. The negating
words the factuality readers, the halted acts and the reported verdicts look for are one list: "nie mehr"
halts a delivery as "keine … mehr" does, and "niemals" denies a verdict as "nicht" does.
"""

from functools import partial

import pytest

from lagebild.events.announced_threats import threat_code
from tests.event_tuples import coded_events

events = partial(coded_events, date="2024-03-01")


def threats(coded: list[tuple]) -> list[tuple]:
    return [e for e in coded if e[0].startswith("13")]


def test_consequences_held_out_are_an_unspecified_threat():
    coded = events("Moskau stellte Norwegen Konsequenzen in Aussicht.")
    assert threats(coded) == [("130", "RUS", "NOR", "asserted")]


@pytest.mark.parametrize(
    "text",
    [
        "Moskau stellte Norwegen Sanktionen in Aussicht.",
        "Moskau werde mit Sanktionen gegen Norwegen antworten.",
    ],
)
def test_sanctions_held_out_or_announced_as_an_answer_are_the_same_threat(text):
    assert threats(events(text)) == [("1312", "RUS", "NOR", "asserted")]


def test_every_hostile_root_has_a_threat_and_no_cooperative_one_does():
    # the prefixes the two rules once coded differently: other cuts (131), withdrawal (136 in CAMEO)
    assert threat_code("164")[:2] == threat_code("166")[:2] == threat_code("1622")[:2] == "13"
    assert threat_code("166") == "136" and threat_code("160") == "130"
    assert all(threat_code(code) is None for code in ("036", "057", "073", "087"))


@pytest.mark.parametrize(
    "text",
    [
        "Polen liefert keine Waffen mehr an die Ukraine.",
        "Polen liefert nie mehr Waffen an die Ukraine.",
    ],
)
def test_a_delivery_said_to_go_on_no_longer_is_halted(text):
    assert ("1622", "POL", "UKR", "asserted") in events(text)


def test_a_quantity_is_no_halt():
    assert not [
        e for e in events("Polen liefert nicht mehr als zehn Panzer an die Ukraine.") if e[0] == "1622"
    ]


def test_a_verdict_in_reported_speech_holds_unless_negated():
    said = "sagte die algerische Ministerin."
    assert ("111", "DZA", "FRA", "asserted") in events(f"Die Reaktion aus Paris sei ungerechtfertigt, {said}")
    assert not [
        e for e in events(f"Die Reaktion aus Paris sei niemals ungerechtfertigt, {said}") if e[0] == "111"
    ]
