"""A ballistic missile of a named range or a satellite shot off at nothing is a launch, a show of force
(150); fired "auf" a place it is a strike (19x), whether or not the place is a name the tagger knows."""

from functools import partial

from tests.event_tuples import coded_events

events = partial(coded_events, date="2024-05-10")


def test_a_medium_range_missile_fired_over_a_country_is_a_launch():
    found = events("Nordkorea feuerte am Sonntag eine Mittelstreckenrakete in Richtung Pazifik ab.")
    assert ("150", "PRK", None, "asserted") in found
    assert not any(code.startswith("19") for code, *_ in found)


def test_a_satellite_shot_into_space_is_a_launch():
    found = events("Nordkorea schoss am Abend einen Aufklärungssatelliten ins All.")
    assert ("150", "PRK", None, "asserted") in found


def test_missiles_fired_at_a_town_are_a_strike():
    found = events("Die Hisbollah feuerte am Morgen zwei Kurzstreckenraketen auf Nordisrael ab.")
    assert any(code.startswith("19") for code, *_ in found)
    assert not any(code == "150" for code, *_ in found)
