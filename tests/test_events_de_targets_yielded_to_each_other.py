"""Two sides that yield together, or pledge themselves, with no one else named do so to each other (events/coder.py
`_yielded_to_each_other`): both directions. Acts of other roots by two coordinated subjects are done
alongside each other, not to each other. Sentences of our own, through the real pipeline."""

from __future__ import annotations

import pytest

from tests.event_tuples import root_pairs

DATE = "2026-11-20"


def _pairs(text: str, root: str) -> set[tuple]:
    return root_pairs(text, DATE, root)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Armenien und Aserbaidschan stimmten am Montag einer Feuerpause zu.", ("ARM", "AZE")),
        ("Thailand und Kambodscha haben einer Waffenruhe zugestimmt.", ("THA", "KHM")),
    ],
)
def test_two_sides_agreeing_to_a_ceasefire_yield_to_each_other(text, sides):
    first, second = sides
    assert _pairs(text, "08") == {(first, second), (second, first)}


def test_praise_by_two_subjects_is_not_given_to_each_other():
    pairs = _pairs("Frankreich und Deutschland lobten die Einigung.", "05")
    assert ("FRA", "DEU") not in pairs and {"FRA", "DEU"} <= {source for source, _ in pairs}


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Serbien und Kroatien verpflichteten sich am Dienstag, die gemeinsame Grenze anzuerkennen.",
            ("SRB", "HRV"),
        ),
        ("Peru und Chile haben sich verpflichtet, auf Gewalt zu verzichten.", ("PER", "CHL")),
    ],
)
def test_two_sides_pledging_themselves_pledge_to_each_other(text, sides):
    first, second = sides
    assert {(first, second), (second, first)} <= _pairs(text, "03")


def test_a_pledge_without_sich_is_not_made_to_each_other():
    pairs = _pairs("Spanien und Portugal sagten der Ukraine weitere Hilfe zu.", "03")
    assert ("ESP", "PRT") not in pairs and ("PRT", "ESP") not in pairs
