"""The pieces German time-expression rules are built of: regex fragments with named groups, and
the accessors that turn a match's groups into numbers and mods."""

from __future__ import annotations

import re

from lagebild.pipeline.timex.lexicon import (
    DAYPARTS_DE,
    MONTHS_DE,
    NUMBERS_DE,
    QUANTITY_MODS_DE,
    SEASONS_DE,
    UNITS_DE,
    VAGUE_DE,
    WEEKDAYS_DE,
    alternation,
    number_value,
)
from lagebild.pipeline.timex.rules import norm

MONTH = rf"(?P<month>{alternation(k for k in MONTHS_DE if len(k) > 4 or k in ('mai', 'juni', 'juli', 'märz'))}|(?:{alternation(k for k in MONTHS_DE if len(k) <= 4 and k not in ('mai', 'juni', 'juli', 'märz'))})\.)"
YEAR = r"(?P<year>1[6-9]\d\d|20\d\d)(?![\d.,:]\d)"
WEEKDAY = rf"(?P<weekday>{alternation(WEEKDAYS_DE)})"
DAYPART = rf"(?P<daypart>{alternation(DAYPARTS_DE)})"
SEASON = rf"(?P<season>{alternation(SEASONS_DE)})s?"
POSITION = r"(?:(?P<position>anfang|mitte|ende)\s+)"
BOUNDARY = r"(?:(?P<boundary>seit dem|seit|ab dem|ab|bis zum|bis zur|bis|vor dem|nach dem|vor|nach)\s+(?:spätestens\s+|frühestens\s+)?)"
NUMBER = rf"(?P<number>\d+(?:,\d+)?|{alternation(NUMBERS_DE)})"
VAGUE = rf"(?P<vague>{alternation(VAGUE_DE)})"
UNIT = rf"(?P<unit>{alternation(UNITS_DE)})"
HEDGE = rf"(?:(?P<hedge>{alternation(QUANTITY_MODS_DE)})\s+)"
DEICTIC_DAYS = {"vorgestern": -2, "gestern": -1, "heute": 0, "morgen": 1, "übermorgen": 2}
# Relative adjectives: "vergangene Woche", "nächsten Monat", "dieses Jahr".
RELATIVE_WORDS = {
    "übernächst": 2,
    "vorletzt": -2,
    "vergangen": -1,
    "letzt": -1,
    "vorig": -1,
    "kommend": 1,
    "nächst": 1,
    "dies": 0,
    "laufend": 0,
}
RELATIVE_ADJ = (
    r"(?P<rel>übernächst|vorletzt|vergangen|letzt|vorig|kommend|nächst|dies|laufend)(?:e|en|er|es|em)?"
)
PERIOD_UNITS = {"woche": "W", "monat": "MO", "monats": "MO", "jahr": "Y", "jahres": "Y", "jahrs": "Y"}
DETERMINERS = {
    "der",
    "die",
    "das",
    "den",
    "dem",
    "des",
    "am",
    "selben",
    "gleichen",
    "jeden",
    "diesen",
    "einen",
}
# Capitalised words before a four-digit number that make it a name or a count, not a year.
NOT_YEAR_BEFORE = {
    "nord",
    "stream",
    "resolution",
    "agenda",
    "artikel",
    "nr",
    "nummer",
    "paragraf",
    "euro",
    "typ",
}
SENTENCE_START = re.compile(r"(?:^|[.!?:\n]\s*[„\"»«]?)\s*$")


def month_number(m: re.Match) -> int:
    return MONTHS_DE[m.group("month").lower().rstrip(".")]


def year_number(m: re.Match) -> int | None:
    return int(m.group("year")) if m.group("year") else None


def amount_of(m: re.Match) -> float | None:
    if m.groupdict().get("vague"):
        return None
    return number_value(m.group("number"), NUMBERS_DE)


def unit_of(m: re.Match) -> str:
    return UNITS_DE[m.group("unit").lower()]


def hedge_mod(m: re.Match) -> str | None:
    return QUANTITY_MODS_DE.get(norm(m.groupdict().get("hedge")))
