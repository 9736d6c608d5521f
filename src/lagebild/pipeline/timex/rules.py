"""What a time-expression rule produces, and the pieces the German and English rules share."""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import MAXYEAR, MINYEAR, date

from lagebild.pipeline.timex.dates import (
    FUTURE,
    PAST,
    distant_year_value,
    season_year,
    shift,
    value_at_granularity,
    weekday_near,
    year_after,
    year_for_month,
)
from lagebild.pipeline.timex.lexicon import VAGUE_AMOUNT

CALENDAR_UNITS = {"D", "W", "MO", "Y", "DE"}
# For fractional amounts: the next smaller unit and how many of it make one.
SMALLER_UNIT = {"Y": ("M", 12), "W": ("D", 7), "D": ("H", 24), "H": ("M", 60)}
# (concrete anchor day, tense of the clause or None) -> TIMEX3 value
Relative = Callable[[date, str | None], str]


@dataclass(frozen=True)
class Reading:
    """One recognised expression before it is anchored.

    Either `value` is fixed (absolute dates, durations, sets) or `relative` computes it from a day:
    the article date, or with `from_reference` the day the narrative last named ("am Vortag").
    `unanchored` is the value when there is no article date ("XXXX-05-18"). `tense` is the direction
    the words themselves imply ("seit" looks back); else the clause's tense is used. A reading with
    `if_past` is replaced by it in a past-tense clause ("in drei Tagen" vs "in dreißig Jahren erlebt").
    """

    type: str
    value: str | None = None
    mod: str | None = None
    relative: Relative | None = None
    unanchored: str | None = None
    from_reference: bool = False
    tense: str | None = None
    if_past: Reading | None = None


@dataclass(frozen=True)
class Rule:
    pattern: re.Pattern
    build: Callable[[re.Match, str], Reading | None]
    # the same regex without IGNORECASE, for the lower-cased text (None: it has capitals of its own)
    lowered: re.Pattern | None = None


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    reading: Reading


def rule(regex: str, build: Callable[[re.Match, str], Reading | None]) -> Rule:
    """A rule whose regex matches whole words only, case-insensitively; not inside "1.000"."""
    source = rf"(?<![\w])(?<!\d[.,]){regex}(?![\w])"
    # capitals outside group names ("\S", "[A-Z]") would change their meaning when lower-cased
    lowered = None if any(c.isupper() for c in _GROUP_NAME.sub("", source)) else re.compile(source)
    return Rule(re.compile(source, re.IGNORECASE), build, lowered)


_GROUP_NAME = re.compile(r"\(\?P<\w+>")
# Letters IGNORECASE matches with an ASCII letter although lower() keeps them apart (sre's
# equivalences): dotless "ı" (Turkish names) with "i", long "ſ" with "s".
_CASE_EQUIVALENTS = frozenset("ıſ")


def _lower_cased(text: str) -> str | None:
    """The text lower-cased, where its matches are those of IGNORECASE at the same offsets: every
    character keeps its length (not so "İ") and none is an equivalence lower() does not make."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) and _CASE_EQUIVALENTS.isdisjoint(text) else None


def find_all(rules: list[Rule], text: str) -> Iterator[Found]:
    # IGNORECASE makes each regex about half as slow again: the case-sensitive regex scans the lower-cased
    # text, and the case-insensitive one matches the original at each hit (for the groups' own case,
    # which some rules read), which gives the same matches.
    lowered = _lower_cased(text)
    for r in rules:
        # Overlapping starts matter ("am Montag, dem 18. Oktober" vs "18. Oktober"), so every
        # rule scans the whole text; the component keeps the longest of overlapping matches.
        if lowered is None or r.lowered is None:
            matches = r.pattern.finditer(text)
        else:
            matches = (r.pattern.match(text, hit.start()) for hit in r.lowered.finditer(lowered))
        for m in matches:
            if m is None:
                continue
            reading = r.build(m, text)
            if reading is not None:
                yield Found(m.start(), m.end(), reading)


# Boundary words before a date and the TIMEX3 mod they give (ISO-TimeML: ON_OR_AFTER = "since").
BOUNDARY_MODS = {
    "seit": "ON_OR_AFTER", "seit dem": "ON_OR_AFTER", "ab": "ON_OR_AFTER", "ab dem": "ON_OR_AFTER",
    "bis": "ON_OR_BEFORE", "bis zum": "ON_OR_BEFORE", "bis zur": "ON_OR_BEFORE", "vor": "BEFORE",
    "vor dem": "BEFORE", "nach": "AFTER", "nach dem": "AFTER", "since": "ON_OR_AFTER",
    "from": "ON_OR_AFTER", "until": "ON_OR_BEFORE", "till": "ON_OR_BEFORE", "through": "ON_OR_BEFORE",
    "by": "ON_OR_BEFORE",
    "before": "BEFORE", "after": "AFTER",
}  # fmt: skip
BOUNDARY_TENSES = {
    "seit": PAST, "seit dem": PAST, "since": PAST, "ab": FUTURE, "ab dem": FUTURE, "bis": FUTURE,
    "bis zum": FUTURE, "bis zur": FUTURE, "until": FUTURE, "till": FUTURE, "by": FUTURE,
}  # fmt: skip
POSITION_MODS = {
    "anfang": "START", "mitte": "MID", "ende": "END", "early": "START", "mid": "MID", "late": "END",
    "end": "END", "beginning": "START", "middle": "MID",
}  # fmt: skip


def norm(text: str | None) -> str:
    return " ".join((text or "").lower().split())


def position_mod(m: re.Match) -> str | None:
    """The mod of the part of a period named before it ("Anfang", "Mitte", "early", "late"), if any."""
    return POSITION_MODS.get(norm(m.groupdict().get("position")))


def year_range(m: re.Match, text: str) -> Reading | None:
    """ "zwischen 2014 und 2022", "between 2014 and 2022": an ISO 8601 interval."""
    first, last = m.group("first"), m.group("last")
    return Reading("DATE", f"{first}/{last}") if int(first) < int(last) else None


def with_boundary(reading: Reading, boundary: str | None) -> Reading:
    """`reading` under a boundary word ("seit", "bis"); a position mod (START …) is kept."""
    key = norm(boundary)
    if key not in BOUNDARY_MODS:
        return reading
    return replace(
        reading,
        mod=reading.mod or BOUNDARY_MODS[key],
        tense=reading.tense or BOUNDARY_TENSES.get(key),
    )


def day_of_month(year: int | None, month: int, day: int, mod: str | None = None) -> Reading | None:
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    if year is not None:
        try:
            return Reading("DATE", date(year, month, day).isoformat(), mod)
        except ValueError:
            return None

    def relative(d: date, tense: str | None) -> str:
        y = year_for_month(d, month, day, tense)
        # "29. Februar" in a year without one names no day: keep the month.
        return f"{y:04d}-{month:02d}-{day:02d}" if day <= monthrange(y, month)[1] else f"{y:04d}-{month:02d}"

    return Reading("DATE", mod=mod, relative=relative, unanchored=f"XXXX-{month:02d}-{day:02d}")


def month_of_year(year: int | None, month: int, mod: str | None = None) -> Reading:
    if year is not None:
        return Reading("DATE", f"{year:04d}-{month:02d}", mod)

    def relative(d: date, tense: str | None) -> str:
        return f"{year_for_month(d, month, None, tense):04d}-{month:02d}"

    return Reading("DATE", mod=mod, relative=relative, unanchored=f"XXXX-{month:02d}")


def season_of_year(year: int | None, season: str, mod: str | None = None) -> Reading:
    if year is not None:
        return Reading("DATE", f"{year:04d}-{season}", mod)

    def relative(d: date, tense: str | None) -> str:
        return f"{season_year(d, season, tense):04d}-{season}"

    return Reading("DATE", mod=mod, relative=relative, unanchored=f"XXXX-{season}")


def quarter_of_year(year: int | None, number: int) -> Reading:
    if year is not None:
        return Reading("DATE", f"{year:04d}-Q{number}")

    def relative(d: date, tense: str | None) -> str:
        return f"{year_for_month(d, 3 * number - 1, None, tense):04d}-Q{number}"

    return Reading("DATE", relative=relative, unanchored=f"XXXX-Q{number}")


def weekday(iso_day: int, direction: str | None = None, daypart: str | None = None) -> Reading:
    """A weekday; `direction` PAST/FUTURE for "vergangenen"/"nächsten" (excluding the anchor day)."""
    suffix = f"T{daypart}" if daypart else ""

    def relative(d: date, tense: str | None) -> str:
        return weekday_near(d, iso_day, direction or tense, strict=direction is not None).isoformat() + suffix

    return Reading("TIME" if daypart else "DATE", relative=relative, tense=direction)


def offset(amount: float, unit: str, mod: str | None = None, from_reference: bool = False) -> Reading:
    """A date `amount` units from the anchor (negative: before), named at the unit's granularity."""

    def relative(d: date, tense: str | None) -> str:
        year = year_after(d, amount, unit)
        if not MINYEAR < year < MAXYEAR:
            return distant_year_value(year)
        return value_at_granularity(shift(d, amount, unit), unit)

    return Reading("DATE", mod=mod, relative=relative, from_reference=from_reference)


def vague_offset(direction: int, unit: str, mod: str = "APPROX") -> Reading:
    """ "vor ein paar Wochen": a few units back, named one granularity coarser, APPROX."""
    coarser = {"D": "W", "W": "MO", "MO": "MO", "Y": "Y", "DE": "DE"}.get(unit, "D")
    calendar_unit = unit if unit in CALENDAR_UNITS else "D"

    def relative(d: date, tense: str | None) -> str:
        return value_at_granularity(shift(d, direction * VAGUE_AMOUNT, calendar_unit), coarser)

    return Reading("DATE", mod=mod, relative=relative)


def duration_value(amount: float | None, unit: str) -> str:
    """TIMEX3 duration: P16Y, P2D, PT2H, P1.5Y; PXW when the amount is vague."""
    time_unit = unit in ("H", "M", "S")
    letter = {"MO": "M", "DE": "DE"}.get(unit, unit)
    if amount is None:
        return f"P{'T' if time_unit else ''}X{letter}"
    if not float(amount).is_integer() and unit in SMALLER_UNIT:
        # "anderthalb Jahre" -> P1Y6M, "an hour and a half" -> PT1H30M
        smaller, per = SMALLER_UNIT[unit]
        whole, rest = int(amount), round((amount - int(amount)) * per)
        head = f"{whole}{letter}" if whole else ""
        tail = f"T{rest}{smaller}" if smaller == "H" else f"{rest}{smaller}"
        return f"P{'T' if time_unit else ''}{head}{tail}"
    number = str(int(amount)) if float(amount).is_integer() else f"{amount:g}"
    return f"P{'T' if time_unit else ''}{number}{letter}"


def duration(amount: float | None, unit: str, mod: str | None = None) -> Reading:
    return Reading("DURATION", duration_value(amount, unit), mod)


def frequency(unit: str, amount: float = 1) -> Reading:
    return Reading("SET", duration_value(amount, unit))
