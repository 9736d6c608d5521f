"""Calendar arithmetic on concrete days, producing TIMEX3 values.

Every relative expression is resolved against one concrete day; `anchor.py` decides which days to
try when the article date is only a month or a year.
"""

from __future__ import annotations

import calendar as _calendar
import re
from datetime import date, timedelta

PAST, FUTURE = "past", "future"


def day_value(d: date) -> str:
    return d.isoformat()


def month_value(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def week_value(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year:04d}-W{week:02d}"


def weekend_value(d: date) -> str:
    """The weekend of the ISO week containing `d`."""
    return f"{week_value(d)}-WE"


def add_months(d: date, months: int) -> date:
    month_index = d.year * 12 + d.month - 1 + months
    year, month = divmod(month_index, 12)
    return date(year, month + 1, min(d.day, _calendar.monthrange(year, month + 1)[1]))


YEARS_PER_UNIT = {"D": 1 / 365.25, "W": 7 / 365.25, "MO": 1 / 12, "Y": 1, "DE": 10}


def year_after(d: date, amount: float, unit: str) -> int:
    return d.year + round(amount * YEARS_PER_UNIT[unit])


def distant_year_value(year: int) -> str:
    """A year outside what `datetime.date` holds ("vor 8000 Jahren"); TIMEX3 writes years before
    1 AD as BC followed by the year."""
    return f"{year:04d}" if year > 0 else f"BC{1 - year:04d}"


def shift(d: date, amount: float, unit: str) -> date:
    """`d` moved by `amount` units (D, W, MO, Y, DE); negative amounts go back."""
    if unit == "D":
        return d + timedelta(days=round(amount))
    if unit == "W":
        return d + timedelta(days=round(7 * amount))
    if unit == "MO":
        return add_months(d, round(amount))
    if unit == "Y":
        return add_months(d, round(12 * amount))
    if unit == "DE":
        return add_months(d, round(120 * amount))
    raise ValueError(unit)


def value_at_granularity(d: date, unit: str) -> str:
    """The TIMEX3 value naming the `unit`-sized period around `d` (a day, its week, month …)."""
    if unit == "D":
        return day_value(d)
    if unit == "W":
        return week_value(d)
    if unit == "MO":
        return month_value(d)
    if unit == "DE":
        return f"{d.year // 10:03d}"
    return f"{d.year:04d}"


def weekday_near(d: date, weekday: int, tense: str | None, strict: bool = False) -> date:
    """The day with ISO `weekday` nearest to `d` in the direction of `tense`.

    Past: the latest such day on or before `d` (news name today's date by its weekday); future: the
    earliest on or after `d`; no tense: the nearer of the two, the past one on a tie (news report
    more than they announce). `strict` excludes `d` itself ("vergangenen Montag").
    """
    back = (d.isoweekday() - weekday) % 7
    ahead = (weekday - d.isoweekday()) % 7
    if strict:
        back, ahead = back or 7, ahead or 7
    if tense == PAST or (tense is None and back <= ahead):
        return d - timedelta(days=back)
    return d + timedelta(days=ahead)


def year_for_month(d: date, month: int, day: int | None, tense: str | None) -> int:
    """The year in which (month, day) falls, seen from `d`: by tense, else the nearest."""
    candidates = []
    for year in (d.year - 1, d.year, d.year + 1):
        last = _calendar.monthrange(year, month)[1]
        candidates.append(date(year, month, min(day or 15, last)))
    if month == d.month:
        # The anchor's own month: "am 18. Mai" in an article of May is this May, whatever the tense.
        return d.year
    if tense == PAST:
        return max(c for c in candidates if c <= d).year
    if tense == FUTURE:
        return min(c for c in candidates if c >= d).year
    return min(candidates, key=lambda c: (abs((c - d).days), c > d)).year


def season_year(d: date, season: str, tense: str | None) -> int:
    """The year of the named season nearest to `d` (by tense); winter belongs to its December."""
    middle_month = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}[season]
    year = year_for_month(d, middle_month, None, tense)
    return year - 1 if season == "WI" else year


SEASON_ORDER = ("SP", "SU", "FA", "WI")


def season_in_direction(d: date, season: str, step: int) -> int:
    """The year of the season before (step -1) or after (step 1) the anchor's own one: "vergangenen Sommer"
    in July is last year's, "kommenden Winter" in January the one starting in December."""
    # seasons counted from year 0, winter taking the year of its December
    current = (d.year - (1 if d.month < 3 else 0)) * 4 + SEASON_ORDER.index(
        "WI" if d.month in (12, 1, 2) else SEASON_ORDER[(d.month - 3) // 3]
    )
    wanted = SEASON_ORDER.index(season)
    candidate = current + step
    while candidate % 4 != wanted:
        candidate += step
    return candidate // 4


_VALUE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2})(?:-WE)?|-(SP|SU|FA|WI))?(?:T.*)?$")


def representative_day(value: str) -> date | None:
    """A day inside the period a TIMEX3 date value names, to compare values."""
    m = _VALUE.match(value)
    if not m:
        return None
    year, month, day, week, season = m.groups()
    if week:
        # A weekend is its Saturday; a week its Thursday, which decides the week's month.
        return date.fromisocalendar(int(year), int(week), 6 if value.endswith("-WE") else 4)
    if season:
        return date(int(year), {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[season], 1)
    return date(int(year), int(month or 1), int(day or 1))
