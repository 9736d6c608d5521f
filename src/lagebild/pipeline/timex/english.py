"""English time-expression rules, the counterparts of `german.py` (same span convention: "on",
"in", "at the", boundary words "since", "until", "by", "from" are part of the expression)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from lagebild.pipeline.timex.dates import (
    FUTURE,
    PAST,
    month_value,
    season_year,
    shift,
    weekday_near,
    weekend_value,
)
from lagebild.pipeline.timex.holidays import NAMES_EN, holiday_reading
from lagebild.pipeline.timex.lexicon import (
    DAYPARTS_EN,
    MONTHS_EN,
    NUMBERS_EN,
    QUANTITY_MODS_EN,
    SEASONS_EN,
    UNITS_EN,
    VAGUE_EN,
    WEEKDAYS_EN,
    alternation,
    number_value,
)
from lagebild.pipeline.timex.rules import (
    POSITION_MODS,
    Reading,
    Rule,
    day_of_month,
    duration,
    frequency,
    month_of_year,
    norm,
    offset,
    position_mod,
    quarter_of_year,
    rule,
    season_of_year,
    vague_offset,
    weekday,
    with_boundary,
    year_range,
)

FULL_MONTHS = [k for k in MONTHS_EN if len(k) > 3 and k != "sept" or k == "may"]
# "May" and "March" are also ordinary words: alone they need a preposition or a number.
MONTH = rf"(?P<month>{alternation(FULL_MONTHS)}|(?:{alternation(k for k in MONTHS_EN if k not in FULL_MONTHS)})\.)"
YEAR = r"(?P<year>1[6-9]\d\d|20\d\d)(?![\d.,:]\d)"
WEEKDAY = rf"(?P<weekday>{alternation(WEEKDAYS_EN)})"
DAYPART = rf"(?P<daypart>{alternation(DAYPARTS_EN)})"
BOUNDARY = r"(?:(?P<boundary>since|from|until|till|through|by|before|after)\s+)"
POSITION = r"(?:(?:in\s+)?(?P<position>early|mid|late)[\s-]+)"
NUMBER = rf"(?P<number>\d+(?:\.\d+)?|{alternation(NUMBERS_EN)})"
VAGUE = rf"(?P<vague>{alternation(VAGUE_EN)})"
UNIT = rf"(?P<unit>{alternation(UNITS_EN)})"
HEDGE = rf"(?:(?P<hedge>{alternation(QUANTITY_MODS_EN)})\s+)"
RELATIVE_WORDS = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "this": 0, "current": 0}
PERIOD_UNITS = {"week": "W", "month": "MO", "year": "Y"}
DEICTIC_DAYS = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0}
NOT_YEAR_BEFORE = {"resolution", "agenda", "article", "no", "number", "stream"}
# Nouns that make a preceding four-digit number a count ("2000 troops"), not a year.
COUNTED_NOUNS = {
    "troops", "soldiers", "people", "diplomats", "civilians", "refugees", "migrants", "members",
    "cases", "tonnes", "tons", "dollars", "euros", "km", "kilometres", "kilometers", "miles", "men",
}  # fmt: skip


def _month(m: re.Match) -> int | None:
    """The month number; None for a lowercase name ("they may"): English months are capitalised."""
    word = m.group("month")
    return None if word.islower() else MONTHS_EN[word.lower().rstrip(".")]


def _year(m: re.Match) -> int | None:
    return int(m.group("year")) if m.groupdict().get("year") else None


def _amount(m: re.Match) -> float | None:
    if m.groupdict().get("vague"):
        return None
    return number_value(m.group("number"), NUMBERS_EN)


def _unit(m: re.Match) -> str:
    return UNITS_EN[m.group("unit").lower()]


def _hedge(m: re.Match) -> str | None:
    return QUANTITY_MODS_EN.get(norm(m.groupdict().get("hedge")))


def day_month(m: re.Match, text: str) -> Reading | None:
    month = _month(m)
    reading = month and day_of_month(_year(m), month, int(m.group("day")))
    return reading and with_boundary(reading, m.group("boundary"))


def clock_time(m: re.Match, text: str) -> Reading | None:
    """ "8 p.m.", "10:30 am": the anchor day at that time."""
    hour, minute = int(m.group("h")), int(m.group("min") or 0)
    if not 1 <= hour <= 12 or minute > 59:
        return None
    hour = hour % 12 + (12 if m.group("half").lower().startswith("p") else 0)
    clock = f"T{hour:02d}:{minute:02d}"
    return Reading("TIME", relative=lambda d, t: d.isoformat() + clock, unanchored=f"XXXX-XX-XX{clock}")


def iso_date(m: re.Match, text: str) -> Reading | None:
    return day_of_month(int(m.group("y")), int(m.group("m")), int(m.group("d")))


def month_year(m: re.Match, text: str) -> Reading | None:
    month = _month(m)
    return month and with_boundary(month_of_year(_year(m), month, position_mod(m)), m.group("boundary"))


def month_alone(m: re.Match, text: str) -> Reading | None:
    month = _month(m)
    # "for March", "as early as March": a month after these words is a date too
    introduced = re.search(r"(?<!\w)(?:for|as)\s+$", text[: m.start()], re.IGNORECASE)
    if not month or not (m.group("prep") or m.group("position") or m.group("boundary") or introduced):
        return None
    return with_boundary(month_of_year(None, month, position_mod(m)), m.group("boundary"))


def year_expression(m: re.Match, text: str) -> Reading | None:
    if not (m.group("prep") or m.group("position") or m.group("boundary")):
        previous = re.search(r"(\w+)\W*$", text[: m.start()])
        following = re.match(r"\s+(\w+)", text[m.end() :])
        if previous and previous.group(1).lower() in NOT_YEAR_BEFORE:
            return None
        if following and following.group(1).lower() in COUNTED_NOUNS:
            return None  # "2000 troops": a count
    return with_boundary(Reading("DATE", m.group("year"), position_mod(m)), m.group("boundary"))


def decade(m: re.Match, text: str) -> Reading:
    return Reading("DATE", f"{m.group('century')}{m.group('decade')}")


def season(m: re.Match, text: str) -> Reading | None:
    code = SEASONS_EN[m.group("season").lower()]
    year = _year(m)
    if year is None and not (m.group("prep") or m.group("boundary")):
        return None
    reading = with_boundary(season_of_year(year, code, position_mod(m)), m.group("boundary"))
    prep = norm(m.group("prep"))
    if year is None and prep == "this":
        # "this autumn": the nearest one, whatever the verb says
        return replace(reading, relative=lambda d, t: f"{season_year(d, code, None):04d}-{code}")
    if year is None and prep in ("last", "next"):
        return replace(reading, tense=PAST if prep == "last" else FUTURE)
    return reading


def deictic_day(m: re.Match, text: str) -> Reading:
    word = m.group("deixis").lower()
    days = DEICTIC_DAYS[word]
    part = "NI" if word == "tonight" else DAYPARTS_EN.get((m.group("daypart") or "").lower())
    suffix = f"T{part}" if part else ""
    reading = Reading(
        "TIME" if part else "DATE", relative=lambda d, t: shift(d, days, "D").isoformat() + suffix
    )
    return with_boundary(reading, m.group("boundary"))


def this_daypart(m: re.Match, text: str) -> Reading:
    part = DAYPARTS_EN[m.group("daypart").lower()]
    return Reading("TIME", relative=lambda d, t: f"{d.isoformat()}T{part}")


def weekday_expression(m: re.Match, text: str) -> Reading:
    iso_day = WEEKDAYS_EN[m.group("weekday").lower()]
    direction = {-1: PAST, 1: FUTURE}.get(RELATIVE_WORDS.get((m.group("rel") or "").lower(), 0))
    part = DAYPARTS_EN.get((m.group("daypart") or "").lower())
    return with_boundary(weekday(iso_day, direction, part), m.group("boundary"))


def weekend(m: re.Match, text: str) -> Reading:
    direction = {-1: PAST, 1: FUTURE}.get(RELATIVE_WORDS.get((m.group("rel") or "").lower(), 0))

    def relative(d: date, tense: str | None) -> str:
        return weekend_value(weekday_near(d, 6, direction or tense, strict=direction is not None))

    return Reading("DATE", relative=relative)


def relative_period(m: re.Match, text: str) -> Reading:
    unit = PERIOD_UNITS[m.group("period").lower()]
    step = RELATIVE_WORDS[m.group("rel").lower()]
    reading = offset(step, unit)
    position = m.groupdict().get("position") or m.groupdict().get("timing")
    mod = {"earlier": None, "later": None}.get(norm(position), POSITION_MODS.get(norm(position)))
    return Reading(reading.type, mod=mod, relative=reading.relative)


def end_of_period(m: re.Match, text: str) -> Reading:
    unit = PERIOD_UNITS[m.group("period").lower()]
    mod = POSITION_MODS[m.group("position").lower()]
    if unit == "MO":
        return with_boundary(
            Reading("DATE", mod=mod, relative=lambda d, t: month_value(d)), m.group("boundary")
        )
    return with_boundary(Reading("DATE", mod=mod, relative=lambda d, t: f"{d.year:04d}"), m.group("boundary"))


def ago(m: re.Match, text: str) -> Reading:
    amount = _amount(m)
    if amount is None:
        return vague_offset(-1, _unit(m))
    return offset(-amount, _unit(m), _hedge(m))


def in_future(m: re.Match, text: str) -> Reading:
    """ "in two weeks" ahead; "their first meeting in a year" (a past clause) a span of time."""
    unit = _unit(m)
    amount = _amount(m)
    past = duration(amount, unit)
    if unit not in ("D", "W", "MO", "Y", "DE"):
        return past
    reading = offset(amount, unit)
    return Reading(reading.type, relative=reading.relative, if_past=past)


def recent_period(m: re.Match, text: str) -> Reading:
    if m.groupdict().get("number"):
        return duration(_amount(m), _unit(m))
    back = m.group("rel").lower() in ("past", "last", "recent")
    plural = m.group("unit").lower().endswith("s")
    if not plural:
        return duration(1, _unit(m))  # "over the past week"
    return Reading("DATE", "PAST_REF" if back else "FUTURE_REF")


def within(m: re.Match, text: str) -> Reading:
    amount = _amount(m) if (m.group("number") or m.group("vague")) else None
    return duration(amount, _unit(m), "EQUAL_OR_LESS")


def plain_duration(m: re.Match, text: str) -> Reading:
    amount = _amount(m)
    if m.group("half"):
        amount = (amount or 0) + 0.5
    return duration(amount, _unit(m), _hedge(m))


def narrative_day(m: re.Match, text: str) -> Reading:
    word = norm(m.group(0))
    if m.groupdict().get("number"):
        sign = -1 if m.group("dir").lower() in ("earlier", "before") else 1
        return offset(sign * (_amount(m) or 0), _unit(m), from_reference=True)
    step = -1 if "before" in word else 0 if "same" in word else 1
    return offset(step, "D", from_reference=True)


def day_range(m: re.Match, text: str) -> Reading | None:
    """ "11-12 July", "July 11-12": an interval of two days of one month."""
    month, year = _month(m), _year(m)
    if month is None:
        return None
    first, last = day_of_month(year, month, int(m.group("d1"))), day_of_month(year, month, int(m.group("d2")))
    if first is None or last is None:
        return None
    if year is not None:
        return Reading("DATE", f"{first.value}/{last.value}")

    def relative(d: date, tense: str | None) -> str:
        return f"{first.relative(d, tense)}/{last.relative(d, tense)}"

    return Reading("DATE", relative=relative, unanchored=f"{first.unanchored}/{last.unanchored}")


QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def quarter(m: re.Match, text: str) -> Reading:
    return quarter_of_year(_year(m), QUARTERS[m.group("ordinal").lower()])


def overnight(m: re.Match, text: str) -> Reading:
    """The night before the anchor day in a past clause, else the coming night."""

    def relative(d: date, tense: str | None) -> str:
        return f"{shift(d, -1 if tense == PAST else 0, 'D').isoformat()}TNI"

    return Reading("TIME", relative=relative)


ADVERB_SETS = {"daily": "D", "weekly": "W", "monthly": "MO", "yearly": "Y", "annually": "Y", "hourly": "H"}


def adverb_set(m: re.Match, text: str) -> Reading:
    return frequency(ADVERB_SETS[m.group("adverb").lower()])


def every(m: re.Match, text: str) -> Reading:
    if m.group("weekend"):
        return Reading("SET", "XXXX-WXX-WE")
    if m.group("weekday"):
        return Reading("SET", f"XXXX-WXX-{WEEKDAYS_EN[m.group('weekday').lower()]}")
    return frequency(_unit(m))


PREFIX = rf"(?:(?P<prep>on|in)\s+)?{BOUNDARY}?"
DAY_PAIR = r"(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|to|and)\s*(?P<d2>\d{1,2})(?:st|nd|rd|th)?"
YEAR_PAIR = r"(?P<first>1[6-9]\d\d|20\d\d)\s*(?:-|–|to|and)\s*(?P<last>1[6-9]\d\d|20\d\d)"
RULES: list[Rule] = [
    rule(rf"(?:between|from)\s+{YEAR_PAIR}", year_range),
    rule(rf"(?:on\s+|from\s+|between\s+)?{DAY_PAIR}\s+{MONTH}(?:,?\s+{YEAR})?", day_range),
    rule(rf"(?:on\s+|from\s+|between\s+)?{MONTH}\s+{DAY_PAIR}(?:,?\s+{YEAR})?", day_range),
    rule(rf"(?:in\s+)?the\s+(?P<ordinal>first|second|third|fourth)\s+quarter(?:\s+of\s+{YEAR})?", quarter),
    rule(rf"q(?P<ordinal>[1-4])\s+{YEAR}", quarter),
    rule(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})", iso_date),
    rule(
        rf"{PREFIX}(?:{WEEKDAY},?\s+)?{MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+{YEAR})?", day_month
    ),
    rule(
        rf"{PREFIX}(?:{WEEKDAY},?\s+)?(?:the\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR})?",
        day_month,
    ),
    rule(rf"{PREFIX}{POSITION}?{MONTH},?\s+{YEAR}", month_year),
    rule(rf"(?:(?P<prep>in)\s+)?{BOUNDARY}?{POSITION}?{MONTH}", month_alone),
    rule(rf"(?:(?P<prep>in)\s+)?{BOUNDARY}?{POSITION}?(?:the\s+year\s+)?{YEAR}", year_expression),
    rule(r"(?:in\s+)?(?:the\s+)?(?P<century>1[6-9]|20)(?P<decade>\d)0s", decade),
    rule(
        rf"(?:(?P<prep>in|this|last|next)\s+)?(?:the\s+)?{BOUNDARY}?{POSITION}?(?P<season>{alternation(SEASONS_EN)})(?:\s+(?:of\s+)?{YEAR})?",
        season,
    ),
    rule(rf"{BOUNDARY}?(?P<deixis>yesterday|today|tomorrow|tonight)(?:\s+{DAYPART})?", deictic_day),
    rule(rf"this\s+{DAYPART}", this_daypart),
    rule(
        rf"(?:on\s+)?{BOUNDARY}?(?:(?P<rel>last|next|this|coming|past)\s+)?{WEEKDAY}(?:\s+{DAYPART})?",
        weekday_expression,
    ),
    rule(r"(?:(?:at|over|on)\s+)?(?:the|(?P<rel>last|next|this|coming|past))\s+weekend", weekend),
    rule(
        r"(?:(?P<timing>earlier|later)\s+)?(?:(?P<position>early|late)\s+)?(?P<rel>last|next|this|current)\s+(?P<period>week|month|year)",
        relative_period,
    ),
    rule(
        rf"(?:at\s+|{BOUNDARY})?the\s+(?P<position>end|beginning|middle)\s+of\s+the\s+(?P<period>month|year)",
        end_of_period,
    ),
    rule(rf"{HEDGE}?(?:{VAGUE}|{NUMBER})\s+{UNIT}\s+ago", ago),
    rule(rf"in\s+{NUMBER}\s+{UNIT}", in_future),
    rule(
        rf"(?:in|over|during|for)\s+the\s+(?P<rel>coming|next|past|last|recent)\s+(?:{NUMBER}\s+)?{UNIT}",
        recent_period,
    ),
    rule(rf"in\s+(?P<rel>recent)\s+{UNIT}", recent_period),
    rule(rf"within\s+(?:{VAGUE}\s+|{NUMBER}\s+)?{UNIT}", within),
    rule(rf"{HEDGE}?(?:{VAGUE}|{NUMBER})\s+{UNIT}(?P<half>\s+and\s+a\s+half)?", plain_duration),
    rule(r"(?:on\s+)?the\s+(?:same|next|following)\s+day|the\s+day\s+before", narrative_day),
    rule(
        rf"(?:{NUMBER})\s+(?P<unit>days?|weeks?|months?|years?)\s+(?P<dir>earlier|later|before)",
        narrative_day,
    ),
    rule(r"(?P<adverb>daily|weekly|monthly|yearly|annually|hourly)", adverb_set),
    rule(rf"(?:every|each)\s+(?:{WEEKDAY}|(?P<unit>day|week|month|year)|(?P<weekend>weekend))", every),
    rule(r"per\s+(?P<unit>day|week|month|year)", lambda m, t: frequency(_unit(m))),
    rule(r"overnight", overnight),
    rule(r"(?P<h>\d{1,2})(?::(?P<min>\d{2}))?\s*(?P<half>a\.m\.|p\.m\.|am|pm)(?!\w)", clock_time),
    rule(
        rf"{BOUNDARY}?(?P<holiday>{alternation(NAMES_EN)})",
        holiday_reading,
    ),
    rule(
        rf"on\s+{WEEKDAY}s",
        lambda m, t: Reading("SET", f"XXXX-WXX-{WEEKDAYS_EN[m.group('weekday').lower()]}"),
    ),
]
