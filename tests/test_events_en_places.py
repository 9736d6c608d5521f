"""Targets and sources the English coder takes from places (`english_places`): the state where an act
on the ground happens, a protest's own government, the state where an attack naming no attacker
happens. Sentences go through the real English pipeline (`lagebild.analyze`)."""

from __future__ import annotations

from functools import partial

from lagebild.analysis import analyze
from tests.event_tuples import country_events

_events = partial(country_events, date="2024-03-05", lang="en")


def test_the_state_of_the_place_is_the_target_of_an_act_on_the_ground():
    assert _events("Egyptian soldiers shelled positions in Gaza.") == [("190", "EGY", "PSE", "asserted")]
    # "in the … city of", also at home
    assert _events("Chilean students demonstrated in the southern city of Concepcion.") == [
        ("141", "CHL", "CHL", "asserted")
    ]
    assert _events("Kenyan police killed two men in Nairobi.") == [("190", "KEN", "KEN", "asserted")]


def test_a_named_target_comes_before_the_place():
    assert _events("Spanish farmers staged a protest against France.") == [("141", "ESP", "FRA", "asserted")]
    assert ("190", "EGY", "LBY", "asserted") in _events("Egypt attacked Libyan militias in Sudan.")


def test_a_place_is_no_target_of_a_verbal_act():
    assert all(target != "KEN" for _, _, target, _ in _events("Uganda praised Tanzania in Nairobi."))


def test_an_attack_naming_no_attacker_comes_from_the_state_where_it_happens():
    assert _events("A car bomb near the town of Mosul killed two Turkish soldiers.") == [
        ("1832", "IRQ", "TUR", "asserted")
    ]
    assert _events("Four Kenyan policemen were killed in a bombing in northern Somalia.") == [
        ("190", "SOM", "KEN", "asserted")
    ]
    # named attackers stay the source
    assert _events("Somali militants killed four Kenyan policemen in Somalia.")[0][1:3] == ("SOM", "KEN")


def test_a_protest_naming_no_one_is_aimed_at_the_own_government():
    analysis = analyze("Greek farmers staged a protest on Monday.", date="2024-03-05", lang="en")
    assert [(e.code, e.source.country, e.target.actor_code) for e in analysis.events] == [
        ("141", "GRC", "GRCGOV")
    ]
    # an international organisation has no government of its own
    assert _events("NATO staged a protest on Monday.") == [("141", None, None, "asserted")]
