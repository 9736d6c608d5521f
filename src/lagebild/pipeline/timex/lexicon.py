"""Words that name calendar units in German and English, with what they mean."""

from __future__ import annotations

import re

MONTHS_DE = {
    "januar": 1, "jänner": 1, "jan": 1, "februar": 2, "feb": 2, "febr": 2, "märz": 3, "mär": 3,
    "april": 4, "apr": 4, "mai": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11,
    "dezember": 12, "dez": 12,
}  # fmt: skip
MONTHS_EN = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
# ISO weekday numbers (Monday = 1).
WEEKDAYS_DE = {
    "montag": 1, "dienstag": 2, "mittwoch": 3, "donnerstag": 4, "freitag": 5, "samstag": 6,
    "sonnabend": 6, "sonntag": 7,
}  # fmt: skip
WEEKDAYS_EN = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
}  # fmt: skip
SEASONS_DE = {"frühjahr": "SP", "frühling": "SP", "sommer": "SU", "herbst": "FA", "winter": "WI"}
SEASONS_EN = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
# Parts of the day as TIMEX3 codes (morning, afternoon, evening, night).
DAYPARTS_DE = {
    "morgen": "MO", "früh": "MO", "vormittag": "MO", "mittag": "MI", "nachmittag": "AF",
    "abend": "EV", "nacht": "NI",
}  # fmt: skip
DAYPARTS_EN = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}

NUMBERS_DE = {
    "ein": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1, "zwei": 2, "drei": 3,
    "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11,
    "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17,
    "achtzehn": 18, "neunzehn": 19, "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50,
    "hundert": 100, "anderthalb": 1.5, "eineinhalb": 1.5,
}  # fmt: skip
NUMBERS_EN = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
}  # fmt: skip
# Quantities that are not numbers: the duration gets an X ("PXW") and the date the mod APPROX.
VAGUE_DE = {
    "ein paar", "einige", "einigen", "einiger", "mehrere", "mehreren", "mehrerer", "wenige", "wenigen",
    "weniger", "viele", "vielen", "vieler",
}  # fmt: skip
VAGUE_EN = {"a few", "several", "a couple of", "some"}
# What "a few" means when a date must be computed from it.
VAGUE_AMOUNT = 3

# Unit word (any inflection) -> TIMEX3 unit letter; minutes and hours are time units ("PT2H").
UNITS_DE = {
    "sekunde": "S", "sekunden": "S", "minute": "M", "minuten": "M", "stunde": "H", "stunden": "H",
    "tag": "D", "tage": "D", "tagen": "D", "tages": "D", "woche": "W", "wochen": "W",
    "monat": "MO", "monate": "MO", "monaten": "MO", "monats": "MO", "jahr": "Y", "jahre": "Y",
    "jahren": "Y", "jahres": "Y", "jahrzehnt": "DE", "jahrzehnte": "DE", "jahrzehnten": "DE",
}  # fmt: skip
# No singular "second": "a second summit" is an ordinal.
UNITS_EN = {
    "seconds": "S", "minute": "M", "minutes": "M", "hour": "H", "hours": "H",
    "day": "D", "days": "D", "week": "W", "weeks": "W", "month": "MO", "months": "MO",
    "year": "Y", "years": "Y", "decade": "DE", "decades": "DE",
}  # fmt: skip
# Hedges before a quantity and the TIMEX3 mod they give.
QUANTITY_MODS_DE = {
    "rund": "APPROX", "etwa": "APPROX", "ungefähr": "APPROX", "gut": "APPROX", "gute": "APPROX",
    "guten": "APPROX", "knapp": "APPROX", "fast": "APPROX", "mehr als": "MORE_THAN",
    "etwas mehr als": "MORE_THAN", "über": "MORE_THAN", "weniger als": "LESS_THAN", "genau": None,
}  # fmt: skip
QUANTITY_MODS_EN = {
    "about": "APPROX", "around": "APPROX", "roughly": "APPROX", "nearly": "APPROX", "almost": "APPROX",
    "some": "APPROX", "more than": "MORE_THAN", "over": "MORE_THAN", "less than": "LESS_THAN",
}  # fmt: skip


def alternation(words) -> str:
    """A regex alternation of the words, longest first so that "Oktober" wins over "Okt"."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def number_value(word: str, numbers: dict[str, float]) -> float | None:
    word = word.lower().replace(",", ".")
    if word in numbers:
        return numbers[word]
    try:
        return float(word)
    except ValueError:
        return None
