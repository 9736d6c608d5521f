"""German time-expression rules: regexes over the text, each building a `Reading`.

Span convention: the expression includes the words that change its meaning or that the article
uses to introduce it: "am", "im", "im Jahr", "in den", the boundary words "seit", "bis (zum)",
"ab", "vor"/"nach" (before/after a date), "zwischen … und", "von … an", and the relative "vor"
and "in" ("vor zwei Wochen", "in drei Tagen"); not a plain "von"/"vom"/"um".
"""

from __future__ import annotations

import re
from datetime import date

from lagebild.pipeline.timex import german_quantities
from lagebild.pipeline.timex.dates import (
    FUTURE,
    PAST,
    month_value,
    season_in_direction,
    shift,
    week_value,
    weekday_near,
    weekend_value,
)
from lagebild.pipeline.timex.german_patterns import (
    BOUNDARY,
    DAYPART,
    DEICTIC_DAYS,
    DETERMINERS,
    HEDGE,
    MONTH,
    NOT_YEAR_BEFORE,
    NUMBER,
    PERIOD_UNITS,
    POSITION,
    RELATIVE_ADJ,
    RELATIVE_WORDS,
    SEASON,
    SENTENCE_START,
    UNIT,
    VAGUE,
    WEEKDAY,
    YEAR,
    amount_of,
    hedge_mod,
    month_number,
    unit_of,
    year_number,
)
from lagebild.pipeline.timex.holidays import NAMES_DE, holiday_reading
from lagebild.pipeline.timex.lexicon import (
    DAYPARTS_DE,
    MONTHS_DE,
    SEASONS_DE,
    WEEKDAYS_DE,
    alternation,
)
from lagebild.pipeline.timex.rules import (
    Reading,
    Rule,
    day_of_month,
    duration,
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


def numeric_date(m: re.Match, text: str) -> Reading | None:
    year = int(m.group("y"))
    reading = day_of_month(year if year > 99 else 2000 + year, int(m.group("m")), int(m.group("d")))
    return reading and with_boundary(reading, m.group("boundary"))


def day_month(m: re.Match, text: str) -> Reading | None:
    reading = day_of_month(year_number(m), month_number(m), int(m.group("day")))
    return reading and with_boundary(reading, m.group("boundary"))


def month_year(m: re.Match, text: str) -> Reading:
    return with_boundary(month_of_year(year_number(m), month_number(m), position_mod(m)), m.group("boundary"))


def month_alone(m: re.Match, text: str) -> Reading | None:
    # A bare month name ("Mai") needs "im", "für", a position or a boundary word to be a date.
    after_for = re.search(r"(?<!\w)für\s+$", text[: m.start()], re.IGNORECASE)
    if not (m.group("im") or m.group("position") or m.group("boundary") or after_for):
        return None
    return with_boundary(month_of_year(None, month_number(m), position_mod(m)), m.group("boundary"))


def month_of_relative_year(m: re.Match, text: str) -> Reading:
    """ "im Januar dieses Jahres", "im März vergangenen Jahres"."""
    month, step = month_number(m), RELATIVE_WORDS[m.group("rel").lower()]
    reading = Reading("DATE", mod=position_mod(m), relative=lambda d, t: f"{d.year + step:04d}-{month:02d}")
    return with_boundary(reading, m.group("boundary"))


def day_range(m: re.Match, text: str) -> Reading | None:
    """ "vom 11. bis 12. Juli": an interval of two days of one month."""
    month, year = month_number(m), year_number(m)
    first, last = day_of_month(year, month, int(m.group("d1"))), day_of_month(year, month, int(m.group("d2")))
    if first is None or last is None:
        return None
    if year is not None:
        return Reading("DATE", f"{first.value}/{last.value}")

    def relative(d: date, tense: str | None) -> str:
        return f"{first.relative(d, tense)}/{last.relative(d, tense)}"

    return Reading("DATE", relative=relative, unanchored=f"{first.unanchored}/{last.unanchored}")


def quarter(m: re.Match, text: str) -> Reading:
    return quarter_of_year(year_number(m), QUARTERS[m.group("ordinal").lower()])


def daypart_of_date(m: re.Match, text: str) -> Reading | None:
    """ "am Morgen des 10. März": the day of the date, with the part of the day."""
    date_reading = day_of_month(year_number(m), month_number(m), int(m.group("day")))
    if date_reading is None:
        return None
    part = "T" + DAYPARTS_DE[m.group("daypart").lower()]
    if date_reading.value:
        return Reading("TIME", date_reading.value + part)
    relative = date_reading.relative
    return Reading(
        "TIME", relative=lambda d, t: relative(d, t) + part, unanchored=date_reading.unanchored + part
    )


def night_before(m: re.Match, text: str) -> Reading:
    """ "in der Nacht zum Mittwoch": the night from Tuesday to Wednesday, named by its Tuesday."""
    iso_day = WEEKDAYS_DE[m.group("weekday").lower()]
    return Reading(
        "TIME", relative=lambda d, t: f"{shift(weekday_near(d, iso_day, t), -1, 'D').isoformat()}TNI"
    )


def between_months(m: re.Match, text: str) -> Reading:
    """ "zwischen Mai und Juli": an ISO 8601 interval of the two months, resolved as one."""
    first, last = MONTHS_DE[m.group("first").lower()], MONTHS_DE[m.group("last").lower()]
    year = int(m.group("year")) if m.group("year") else None
    if year:
        return Reading("DATE", f"{year:04d}-{first:02d}/{year:04d}-{last:02d}")

    def relative(d: date, tense: str | None) -> str:
        y = month_of_year(None, last).relative(d, tense)[:4]
        start_year = int(y) - (1 if first > last else 0)
        return f"{start_year:04d}-{first:02d}/{y}-{last:02d}"

    return Reading("DATE", relative=relative, unanchored=f"XXXX-{first:02d}/XXXX-{last:02d}")


def year_expression(m: re.Match, text: str) -> Reading | None:
    year = int(m.group("year"))
    if not (m.group("jahr") or m.group("position") or m.group("boundary")) and not _plausible_bare_year(
        m, text
    ):
        return None
    return with_boundary(Reading("DATE", f"{year:04d}", position_mod(m)), m.group("boundary"))


def _plausible_bare_year(m: re.Match, text: str) -> bool:
    """A lone four-digit number is a year unless a noun follows ("2000 Soldaten") or a name precedes."""
    before = text[: m.start()].rstrip()
    previous = re.search(r"([\w.-]+)$", before)
    if previous and previous.group(1).lower().rstrip(".") in NOT_YEAR_BEFORE:
        return False
    if re.search(r"\d[\s.]*$", before):
        return False
    after = text[m.end() :]
    following = re.match(r"\s+(\w+)", after)
    return not (following and following.group(1)[0].isupper())


def position_of_period(m: re.Match, text: str) -> Reading:
    """ "Ende des Jahres", "Anfang nächsten Monats", "Mitte der Woche"."""
    unit = PERIOD_UNITS[m.group("period").lower()]
    step = RELATIVE_WORDS.get((m.group("rel") or "dies").lower(), 0)
    mod = position_mod(m)
    if unit == "W":
        return Reading("DATE", mod=mod, relative=lambda d, t: week_value(shift(d, step, "W")))
    if unit == "MO":
        return Reading("DATE", mod=mod, relative=lambda d, t: month_value(shift(d, step, "MO")))
    return Reading("DATE", mod=mod, relative=lambda d, t: f"{d.year + step:04d}")


def relative_period(m: re.Match, text: str) -> Reading:
    """ "letzte Woche" -> the week before the anchor's, "nächsten Monat", "dieses Jahr"."""
    unit = PERIOD_UNITS[m.group("period").lower()]
    step = RELATIVE_WORDS[m.group("rel").lower()]
    reading = offset(step, unit)
    return with_boundary(reading, m.groupdict().get("boundary"))


def season(m: re.Match, text: str) -> Reading | None:
    code = SEASONS_DE[m.group("season").lower()]
    year = year_number(m)
    if year is None and not (m.group("im") or m.group("boundary") or m.group("position")):
        return None  # "So einen Sommer habe ich …" is no date
    return with_boundary(season_of_year(year, code, position_mod(m)), m.group("boundary"))


def decade(m: re.Match, text: str) -> Reading:
    century = m.group("century") or ("19" if int(m.group("decade")) >= 3 else "20")
    return Reading("DATE", f"{century}{m.group('decade')}", position_mod(m))


def century(m: re.Match, text: str) -> Reading:
    return Reading("DATE", f"{int(m.group('n')) - 1:02d}")


def deictic_day(m: re.Match, text: str) -> Reading | None:
    word = m.group("deixis")
    if word.lower() == "morgen" and not _is_tomorrow(m, text):
        return None
    days = DEICTIC_DAYS[word.lower()]
    part = DAYPARTS_DE.get((m.group("daypart") or "").lower())
    suffix = f"T{part}" if part else ""
    reading = Reading(
        "TIME" if part else "DATE", relative=lambda d, t: shift(d, days, "D").isoformat() + suffix
    )
    return with_boundary(reading, m.group("boundary"))


def _is_tomorrow(m: re.Match, text: str) -> bool:
    """ "morgen" the adverb, not "Morgen" the noun ("Am selben Morgen", "jeden Morgen")."""
    before = text[: m.start("deixis")]
    previous = re.search(r"(\w+)\s*$", before)
    if previous and previous.group(1).lower() in DETERMINERS | {"heute", "gestern"}:
        return False
    if m.group("deixis")[0].islower():
        return True
    # Capitalised: only a sentence-initial adverb followed by a verb ("Morgen will die EU …").
    following = re.match(r"\s+(\w+)", text[m.end() :])
    return bool(SENTENCE_START.search(before)) and bool(following) and following.group(1).islower()


def weekday_expression(m: re.Match, text: str) -> Reading:
    iso_day = WEEKDAYS_DE[m.group("weekday").lower()]
    direction = RELATIVE_WORDS.get((m.group("rel") or "").lower())
    tense = {-1: PAST, 1: FUTURE}.get(direction) if direction else None
    part = DAYPARTS_DE.get((m.group("daypart") or "").lower())
    return with_boundary(weekday(iso_day, tense, part), m.group("boundary"))


def weekend(m: re.Match, text: str) -> Reading:
    direction = RELATIVE_WORDS.get((m.group("rel") or "").lower())
    if m.group("boundary") or norm(m.group("zum")) == "zum":
        direction = direction or 1  # "bis zum Wochenende", "zum Wochenende": the coming one

    def relative(d: date, tense: str | None) -> str:
        way = {-1: PAST, 1: FUTURE}.get(direction) if direction else tense
        return weekend_value(weekday_near(d, 6, way, strict=bool(direction)))

    return with_boundary(Reading("DATE", relative=relative), m.group("boundary"))


def ago(m: re.Match, text: str) -> Reading:
    unit = unit_of(m)
    amount = amount_of(m)
    if amount is None:
        return vague_offset(-1, unit)
    return offset(-amount, unit, hedge_mod(m))


def in_future(m: re.Match, text: str) -> Reading:
    """ "in drei Tagen": a date ahead, but "in dreißig Jahren erlebt" is a span of time."""
    unit = unit_of(m)
    amount = amount_of(m)
    past = duration(amount, unit)
    if amount is None:
        return Reading("DATE", "FUTURE_REF", if_past=past)
    later = m.group("upper")
    mod = "APPROX" if later else None
    reading = offset(amount, unit, mod) if unit in ("D", "W", "MO", "Y", "DE") else duration(amount, unit)
    return Reading(reading.type, reading.value, reading.mod, reading.relative, if_past=past)


def previous_period(m: re.Match, text: str) -> Reading:
    """ "im Vorjahr", "zum Vormonat": the period before the anchor's."""
    unit = {"vorjahr": "Y", "vormonat": "MO", "vorwoche": "W"}[m.group("unit").lower()]
    return offset(-1, unit)


def month_in_direction(m: re.Match, text: str) -> Reading:
    """ "im vergangenen Dezember": the month's last occurrence before the anchor (or next one after)."""
    month = month_number(m)
    back = m.group("rel").lower() in ("vergangen", "letzt")

    def relative(d: date, tense: str | None) -> str:
        year = d.year - (1 if month >= d.month else 0) if back else d.year + (1 if month <= d.month else 0)
        return f"{year:04d}-{month:02d}"

    return Reading("DATE", relative=relative)


def season_in_direction_reading(m: re.Match, text: str) -> Reading:
    """ "im kommenden Herbst", "vergangenen Winter": the season's next or last occurrence, not the anchor's own."""
    code = SEASONS_DE[m.group("season").lower()]
    step = 1 if m.group("rel").lower() in ("kommend", "nächst") else -1
    return Reading("DATE", relative=lambda d, tense: f"{season_in_direction(d, code, step):04d}-{code}")


PREFIX = rf"(?:(?P<am>am|im)\s+)?{BOUNDARY}?"
WEEKDAY_LEAD = rf"(?:{WEEKDAY},?\s+(?:den|dem)\s+)"
QUARTERS = {"ersten": 1, "zweiten": 2, "dritten": 3, "vierten": 4, "1.": 1, "2.": 2, "3.": 3, "4.": 4}
YEAR_PAIR = r"(?P<first>1[6-9]\d\d|20\d\d)\s*(?:bis|-|–)\s*(?P<last>1[6-9]\d\d|20\d\d)"

RULES: list[Rule] = [
    rule(r"zwischen\s+(?P<first>1[6-9]\d\d|20\d\d)\s+und\s+(?P<last>1[6-9]\d\d|20\d\d)", year_range),
    rule(rf"(?:von\s+)?{YEAR_PAIR}", year_range),
    rule(
        rf"(?:vom\s+|zwischen\s+dem\s+)?(?P<d1>\d{{1,2}})\.\s*(?:bis(?:\s+zum)?|und|-|–)\s*(?P<d2>\d{{1,2}})\.\s*{MONTH}(?:\s+{YEAR})?",
        day_range,
    ),
    rule(rf"(?:im\s+)?(?P<ordinal>ersten|zweiten|dritten|vierten|[1-4]\.)\s+quartal(?:\s+{YEAR})?", quarter),
    rule(
        rf"(?:am|in\s+der)\s+(?:frühen\s+|späten\s+)?{DAYPART}\s+des\s+(?P<day>\d{{1,2}})\.\s*{MONTH}(?:\s+{YEAR})?",
        daypart_of_date,
    ),
    rule(rf"in\s+der\s+nacht\s+(?:zum|zu|auf)\s+(?:den\s+)?{WEEKDAY}", night_before),
    rule(
        rf"(?:(?P<im>im|in)\s+)?{BOUNDARY}?{POSITION}?{MONTH}\s+(?P<rel>dies|vergangen|letzt|nächst|kommend)(?:es|en)\s+jahres",
        month_of_relative_year,
    ),
    rule(
        rf"von\s+(?P<first>{alternation(MONTHS_DE)})\s+bis\s+(?P<last>{alternation(MONTHS_DE)})(?:\s+{YEAR})?",
        between_months,
    ),
    rule(
        rf"{PREFIX}(?:{WEEKDAY},?\s+(?:den|dem)\s+)?(?P<d>\d{{1,2}})\.\s?(?P<m>\d{{1,2}})\.\s?(?P<y>\d{{4}}|\d{{2}}(?!\d))",
        numeric_date,
    ),
    rule(rf"{PREFIX}(?:{WEEKDAY_LEAD})?(?P<day>\d{{1,2}})\.\s*{MONTH}(?:\s+{YEAR})?", day_month),
    rule(rf"(?:(?P<im>im|in)\s+)?{BOUNDARY}?{POSITION}?{MONTH}\s+{YEAR}", month_year),
    rule(rf"(?:(?P<im>im)\s+)?{BOUNDARY}?{POSITION}?{MONTH}", month_alone),
    rule(
        rf"zwischen\s+(?P<first>{alternation(MONTHS_DE)})\s+und\s+(?P<last>{alternation(MONTHS_DE)})(?:\s+{YEAR})?",
        between_months,
    ),
    rule(rf"{BOUNDARY}?{POSITION}?(?P<jahr>(?:im\s+)?jahre?\s+)?{YEAR}", year_expression),
    rule(
        r"von\s+(?P<year>1[6-9]\d\d|20\d\d)\s+an",
        lambda m, t: Reading("DATE", m.group("year"), "ON_OR_AFTER"),
    ),
    rule(
        rf"{BOUNDARY}?{POSITION}(?:des|der)\s+(?:{RELATIVE_ADJ}\s+)?(?P<period>jahres|monats|woche)",
        position_of_period,
    ),
    rule(rf"{BOUNDARY}?{POSITION}(?:{RELATIVE_ADJ}\s+)(?P<period>jahres|monats|woche)", position_of_period),
    rule(
        rf"(?:(?:in\s+der|im|am|in)\s+|{BOUNDARY})?{RELATIVE_ADJ}\s+(?P<period>woche|monat|jahr)",
        relative_period,
    ),
    rule(rf"(?:(?P<im>im)\s+)?{BOUNDARY}?{POSITION}?(?:des\s+)?{SEASON}(?:\s+{YEAR})?", season),
    rule(
        rf"(?:in\s+den\s+|{POSITION}der\s+)?(?P<century>1[6-9]|20)?(?P<decade>\d)0er(?:[\s-]+jahren?)?",
        decade,
    ),
    rule(rf"{BOUNDARY}?(?P<holiday>{alternation(NAMES_DE)})", holiday_reading),
    rule(r"(?:im\s+)?(?P<n>\d{1,2})\.\s+jahrhunderts?", century),
    rule(rf"{BOUNDARY}?(?P<deixis>vorgestern|gestern|heute|morgen|übermorgen)(?:\s+{DAYPART})?", deictic_day),
    rule(
        rf"(?:am\s+)?{BOUNDARY}?(?:{RELATIVE_ADJ}\s+)?(?:frühen\s+|späten\s+)?{WEEKDAY}{DAYPART}?",
        weekday_expression,
    ),
    rule(rf"(?:(?P<zum>am|zum|übers)\s+)?{BOUNDARY}?(?:{RELATIVE_ADJ}\s+)?wochenende", weekend),
    rule(rf"vor\s+{HEDGE}?(?:{VAGUE}|{NUMBER})\s+{UNIT}", ago),
    rule(
        r"vor\s+(?:kurzem|kurzer\s+zeit|längerer\s+zeit|langer\s+zeit|einiger\s+zeit)",
        lambda m, t: Reading("DATE", "PAST_REF"),
    ),
    rule(rf"in\s+{NUMBER}(?:\s+bis\s+(?P<upper>\w+))?\s+{UNIT}", in_future),
    rule(r"(?:im\s+)?(?P<unit>vorjahr|vormonat|vorwoche)(?:es|s)?", previous_period),
    rule(
        rf"(?:im\s+)?(?P<rel>vergangen|letzt|kommend|nächst)(?:e|en|er|es|em)\s+{MONTH}", month_in_direction
    ),
    rule(
        rf"(?:im\s+|für\s+den\s+|den\s+)?(?P<rel>vergangen|letzt|kommend|nächst)(?:e|en|er|es|em)\s+{SEASON}",
        season_in_direction_reading,
    ),
    # "eines Tages": some day, before or after the article by the clause's tense
    rule(
        r"eines\s+tages",
        lambda m, t: Reading("DATE", relative=lambda d, tense: "PAST_REF" if tense == PAST else "FUTURE_REF"),
    ),
    *german_quantities.RULES,
]
