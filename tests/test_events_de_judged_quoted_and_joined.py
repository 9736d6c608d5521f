"""Judgements the coder missed (session 54): a quoted predicate the parse hung on the object ("nennt den Schritt
„äußerst ungerecht“", acl) still completes the judging verb; a step called fatal, devastating, harsh or
unprofessional, and talk of scaremongering, are criticism (111); joining another's criticism ("schloss sich der
Kritik an") is aimed at the side criticised before, not at the first critic. New sentences, not from any gold set."""

import pytest

from tests.event_tuples import coded_events

DATE = "2026-11-01"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan nennt den Schritt Russlands „äußerst ungerecht“.", ("111", "JPN", "RUS", "asserted")),
        ("Berlin nannte das Gesetz Irans ein verheerendes Signal.", ("111", "DEU", "IRN", "asserted")),
        (
            "Canberra bezeichnete das Verhalten der chinesischen Marine als unprofessionell.",
            ("111", "AUS", "CHN", "asserted"),
        ),
        ("Australien nennt das Urteil Chinas harsch.", ("111", "AUS", "CHN", "asserted")),
    ],
)
def test_a_step_judged_in_quotes_or_with_new_words_is_criticised(text, expected):
    assert expected in coded_events(text, DATE)


def test_talk_of_scaremongering_is_criticism():
    assert ("111", "RUS", None, "asserted") in coded_events("Moskau sprach von „Panikmache“.", DATE)


def test_joining_the_criticism_criticises_the_side_criticised_before():
    events = coded_events(
        "Deutschland verurteilte den Raketentest Nordkoreas. Auch Frankreich schloss sich der Kritik an.",
        DATE,
    )
    assert ("111", "FRA", "PRK", "asserted") in events
    assert not any(
        code.startswith("11") and source == "FRA" and target == "DEU" for code, source, target, _ in events
    )
