"""Holidays that news use as dates ("bis Weihnachten", "after Easter"): fixed ones and Easter's cycle."""

from __future__ import annotations

import re
from datetime import date, timedelta

from lagebild.pipeline.timex.dates import FUTURE, PAST
from lagebild.pipeline.timex.rules import Reading, with_boundary

# Name -> (month, day) for fixed holidays, or days after Easter Sunday for movable ones.
FIXED_DE = {"heiligabend": (12, 24), "weihnachten": (12, 25), "silvester": (12, 31), "neujahr": (1, 1)}
FIXED_EN = {
    "christmas eve": (12, 24),
    "christmas": (12, 25),
    "new year's eve": (12, 31),
    "new year's day": (1, 1),
}
AFTER_EASTER_DE = {"karfreitag": -2, "ostern": 0, "ostersonntag": 0, "ostermontag": 1, "pfingsten": 49}
AFTER_EASTER_EN = {"good friday": -2, "easter": 0, "easter sunday": 0, "easter monday": 1, "pentecost": 49}
FIXED = FIXED_DE | FIXED_EN
AFTER_EASTER = AFTER_EASTER_DE | AFTER_EASTER_EN
NAMES_DE = [*FIXED_DE, *AFTER_EASTER_DE]
NAMES_EN = [*FIXED_EN, *AFTER_EASTER_EN]


def easter_sunday(year: int) -> date:
    """Western Easter by the Gregorian computus (the Meeus/Jones/Butcher arithmetic)."""
    golden = year % 19
    century, year_in_century = divmod(year, 100)
    leap_centuries, century_rest = divmod(century, 4)
    moon_correction = (century + 8) // 25
    solar = (century - moon_correction + 1) // 3
    epact = (19 * golden + century - leap_centuries - solar + 15) % 30
    leap_years, year_rest = divmod(year_in_century, 4)
    weekday_offset = (32 + 2 * century_rest + 2 * leap_years - epact - year_rest) % 7
    correction = (golden + 11 * epact + 22 * weekday_offset) // 451
    month, day = divmod(epact + weekday_offset - 7 * correction + 114, 31)
    return date(year, month, day + 1)


def holiday(name: str, year: int) -> date:
    name = name.lower()
    if name in FIXED:
        return date(year, *FIXED[name])
    return easter_sunday(year) + timedelta(days=AFTER_EASTER[name])


def nearest_holiday(name: str, anchor: date, tense: str | None) -> date:
    """The holiday's occurrence before (past), after (future) or nearest to the anchor."""
    candidates = [holiday(name, year) for year in (anchor.year - 1, anchor.year, anchor.year + 1)]
    if tense == PAST:
        return max(c for c in candidates if c <= anchor)
    if tense == FUTURE:
        return min(c for c in candidates if c >= anchor)
    return min(candidates, key=lambda c: abs((c - anchor).days))


def holiday_reading(m: re.Match, text: str) -> Reading:
    """A rule builder for `(?P<boundary>…)?(?P<holiday>…)`: the holiday's date, nearest by tense."""
    name = " ".join(m.group("holiday").lower().split())

    def relative(d: date, tense: str | None) -> str:
        return nearest_holiday(name, d, tense).isoformat()

    return with_boundary(Reading("DATE", relative=relative), m.groupdict().get("boundary"))
