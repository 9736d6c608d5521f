"""German durations, sets, clock times and the days a narrative counts from its own last date
("seit 16 Jahren", "jährlich", "um 14 Uhr", "am Vortag"). Same span convention as `german.py`."""

from __future__ import annotations

import re

from lagebild.pipeline.timex.dates import shift
from lagebild.pipeline.timex.german_patterns import (
    DAYPART,
    HEDGE,
    NUMBER,
    SEASON,
    UNIT,
    VAGUE,
    WEEKDAY,
    amount_of,
    hedge_mod,
    unit_of,
)
from lagebild.pipeline.timex.lexicon import (
    DAYPARTS_DE,
    NUMBERS_DE,
    SEASONS_DE,
    WEEKDAYS_DE,
    alternation,
    number_value,
)
from lagebild.pipeline.timex.rules import (
    Reading,
    Rule,
    duration,
    frequency,
    norm,
    offset,
    rule,
)


def recent_period(m: re.Match, text: str) -> Reading:
    """ "in den vergangenen Wochen" (PAST_REF), "in den nächsten zwei Wochen" (a duration)."""
    if m.group("number"):
        return duration(amount_of(m), unit_of(m))
    back = m.group("rel").lower().startswith(("vergangen", "letzt"))
    if m.group("unit").lower() in SINGULAR_PERIODS:
        # "in der nächsten Woche" is one named week, not the vague stretch "in den nächsten Wochen"
        return offset(-1 if back else 1, unit_of(m))
    return Reading("DATE", "PAST_REF" if back else "FUTURE_REF")


def within(m: re.Match, text: str) -> Reading:
    amount = 1 if m.group("one") else amount_of(m) if m.group("number") else None
    return duration(amount, unit_of(m), "EQUAL_OR_LESS")


def since_duration(m: re.Match, text: str) -> Reading:
    amount = None if not m.group("number") else amount_of(m)
    return duration(amount, unit_of(m), hedge_mod(m))


def plain_duration(m: re.Match, text: str) -> Reading | None:
    mod = hedge_mod(m) or ("APPROX" if m.group("good") else None)
    return duration(amount_of(m), unit_of(m), mod)


def narrative_day(m: re.Match, text: str) -> Reading:
    """ "am Vortag", "am selben Tag", "am nächsten Tag", "zwei Tage später": from the last named day."""
    word = norm(m.group(0))
    if m.groupdict().get("number"):
        amount = amount_of(m) or 0
        sign = -1 if m.group("dir").lower() in ("zuvor", "davor", "früher") else 1
        return offset(sign * amount, unit_of(m), from_reference=True)
    if "vortag" in word or "davor" in word:
        step = -1
    elif "selben" in word or "gleichen" in word:
        step = 0
    else:
        step = 1
    part = DAYPARTS_DE.get((m.groupdict().get("daypart") or "").lower())
    if part:
        return Reading(
            "TIME", relative=lambda d, t: f"{shift(d, step, 'D').isoformat()}T{part}", from_reference=True
        )
    return offset(step, "D", from_reference=True)


def clock_time(m: re.Match, text: str) -> Reading | None:
    hour = number_value(m.group("h"), NUMBERS_DE)
    minute = int(m.group("min") or 0)
    if hour is None or not float(hour).is_integer() or hour > 24 or minute > 59:
        return None
    hour = int(hour) + (12 if hour < 12 and norm(m.group("part")) in ("nachmittags", "abends") else 0)
    clock = f"T{hour:02d}:{minute:02d}"
    return Reading("TIME", relative=lambda d, t: d.isoformat() + clock, unanchored=f"XXXX-XX-XX{clock}")


def every_period(m: re.Match, text: str) -> Reading:
    if m.group("weekend"):
        return Reading("SET", "XXXX-WXX-WE")
    if m.group("daypart"):
        return Reading("SET", f"XXXX-XX-XXT{DAYPARTS_DE[m.group('daypart').lower()]}")
    if m.group("weekday"):
        return Reading("SET", f"XXXX-WXX-{WEEKDAYS_DE[m.group('weekday').lower()]}")
    amount = amount_of(m) if m.group("number") else 1
    return frequency(unit_of(m), amount or 1)


def adverb_set(m: re.Match, text: str) -> Reading:
    return frequency(ADVERB_SETS[m.group("adverb").lower()])


def weekday_plural(m: re.Match, text: str) -> Reading:
    return Reading("SET", f"XXXX-WXX-{WEEKDAYS_DE[m.group('weekday').lower()]}")


SINGULAR_PERIODS = {"woche", "monat"}
ADVERB_SETS = {"täglich": "D", "wöchentlich": "W", "monatlich": "MO", "jährlich": "Y", "stündlich": "H"}


RULES: list[Rule] = [
    rule(r"(?:pro|je)\s+(?P<unit>tag|woche|monat|jahr)", lambda m, t: frequency(unit_of(m))),
    rule(
        rf"(?:(?:in|für|während)\s+(?:den|die)|der|die|den)\s+(?P<rel>kommenden|nächsten|vergangenen|letzten)\s+(?:{NUMBER}\s+)?{UNIT}",
        recent_period,
    ),
    rule(rf"(?:binnen|innerhalb(?:\s+von)?)\s+(?:{NUMBER}\s+|(?P<one>eines)\s+|{VAGUE}\s+)?{UNIT}", within),
    rule(rf"seit\s+{HEDGE}?(?:{NUMBER}\s+)?{UNIT}", since_duration),
    rule(
        rf"{HEDGE}?(?:{VAGUE}|{NUMBER})\s+(?:(?P<good>gute[n]?|knappe[n]?)\s+)?{UNIT}(?:\s+lang)?",
        plain_duration,
    ),
    rule(
        r"am\s+vortag|am\s+tag\s+davor|(?:am\s+)?(?:selben|gleichen|nächsten|folgenden)\s+(?:tag|(?P<daypart>morgen|abend|nachmittag|vormittag))|am\s+folgetag|tags\s+darauf",
        narrative_day,
    ),
    rule(
        rf"{NUMBER}\s+(?P<unit>tage?n?|wochen?|monate?n?|jahre?n?)\s+(?P<dir>später|danach|zuvor|davor|früher)",
        narrative_day,
    ),
    rule(
        rf"(?P<h>\d{{1,2}}|{alternation(NUMBERS_DE)})(?:[.:](?P<min>\d{{2}}))?\s+uhr(?:\s+(?P<part>morgens|früh|vormittags|nachmittags|abends|nachts))?",
        clock_time,
    ),
    # "noch Monate", "um Jahre", "über Wochen": an unspecified number of units
    rule(
        r"(?:(?<=noch )|(?<=über )|(?<=für )|(?<=um ))(?P<unit>tage|wochen|monate|jahre|jahrzehnte)",
        lambda m, t: duration(None, unit_of(m)),
    ),
    rule(
        r"(?P<times>\w+)mal\s+(?:im|pro|in\s+der|die)\s+(?P<unit>jahr|monat|woche|tag)",
        lambda m, t: frequency(unit_of(m)),
    ),
    rule(
        rf"(?:in\s+)?jede[nmrs]?\s+{SEASON}",
        lambda m, t: Reading("SET", f"XXXX-{SEASONS_DE[m.group('season').lower()]}"),
    ),
    rule(
        rf"(?:jede[nrs]?|alle)\s+(?:{NUMBER}\s+)?(?:(?P<unit>jahr|jahre|monat|monate|woche|wochen|tag|tage)|{WEEKDAY}|{DAYPART}|(?P<weekend>wochenende))",
        every_period,
    ),
    rule(r"(?P<adverb>täglich|wöchentlich|monatlich|jährlich|stündlich)", adverb_set),
    rule(rf"{WEEKDAY}s", weekday_plural),
]
