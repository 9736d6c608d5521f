"""How many people a noun names, read from the count before it: "mehr als 30 000 Haitianer",
"rund 8.000 Muslime", "zwölf Gefangene", "Zehntausende afghanische Flüchtlinge", "2,5 Millionen
Menschen", "zwischen 200 und 300 Zivilisten". The readers of scale (mass killings, mass expulsions)
compare it with their thresholds, so a vague or spanned count gives its lower bound: "Hunderte" at
least 100, "Dutzende" at least 12, a range its smaller end."""

from __future__ import annotations

import re

from spacy.tokens import Token

# words before a count that qualify it ("mehr als", "bis zu", "rund", "mindestens") and sit between the
# count and its noun only as adjectives do ("30 000 weitere Haitianer")
COUNT_QUALIFIERS = frozenset(
    {"mehr", "als", "rund", "etwa", "fast", "knapp", "mindestens", "über", "bis", "zu", "gut", "weit"}
    | {"circa", "ca.", "annähernd", "nahezu", "insgesamt", "zwischen"}
)
RANGE_JOINS = frozenset({"bis", "und", "-", "–"})  # "200 bis 300", "zwischen 200 und 300", "200-300"
MODIFIER_SPAN = 5  # the count stands within a few adjectives and qualifiers of its noun
UNITS = {
    **{"ein": 1, "eins": 1, "eine": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7},
    **{"acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14},
    **{"fünfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19, "zwanzig": 20},
    **{
        "dreißig": 30,
        "vierzig": 40,
        "fünfzig": 50,
        "sechzig": 60,
        "siebzig": 70,
        "achtzig": 80,
        "neunzig": 90,
    },
}
# largest first, so that "hunderttausend" is read as a hundred thousands
SCALES = (("milliarde", 10**9), ("million", 10**6), ("tausend", 1000), ("hundert", 100), ("dutzend", 12))
# the scale words a numeral multiplies ("zwei Dutzend", "2,5 Millionen"); "Tausende" takes none
MULTIPLIED = frozenset({"dutzend", "hundert", "tausend", "million", "millionen", "milliarde", "milliarden"})
PLURAL_ENDINGS = frozenset({"", "e", "en", "n", "er", "ern"})  # "Hunderte", "Millionen", "Tausender"
# "8.000", "30 000" (one token), "8000", "2,5"; a dot groups thousands, a comma marks decimals
DIGITS = re.compile(r"\d{1,3}(?:[.\u202f\u00a0 ]\d{3})+(?:,\d+)?|\d+(?:,\d+)?")
DIGIT_GROUP = re.compile(r"\d{3}")
SPAN = re.compile(r"(\d+)[-–]\d+")  # "200-300" in one token: its smaller end


def count_of(noun: Token) -> float | None:
    """The count of the noun, at least: a count word it is itself ("Zehntausende") or has before it
    wherever the parser hung it ("Hunderte" as det, nmod), or the count written right before it. A
    count noun counts itself: "2023 Hunderte" are a hundred, "2,5 Millionen" two and a half million."""
    if noun.is_alpha and word_value(noun.lower_) is not None:
        return _number_ending_at(noun)
    words = [
        t for t in (noun, *(c for c in noun.children if c.i < noun.i)) if t.is_alpha
    ]  # a year is no count
    counts = [word_value(t.lower_) for t in words]
    counts.append(_count_before(noun))
    found = [c for c in counts if c is not None]
    return max(found) if found else None


def word_value(word: str) -> float | None:
    """The number a word writes, in digits or in German ("zwanzigtausend", "Hunderte", "fünfundzwanzig");
    None where the word is no number ("Tausendschaft", "Jahr")."""
    if DIGITS.fullmatch(word):
        return float(re.sub(r"[.\u202f\u00a0 ]", "", word).replace(",", "."))
    if span := SPAN.fullmatch(word):
        return float(span.group(1))
    if word in UNITS:
        return UNITS[word]
    for scale, size in SCALES:
        at = word.find(scale)
        if at < 0:
            continue
        rest = word[at + len(scale) :]
        head = word_value(word[:at]) if at else 1
        tail = 0 if rest in PLURAL_ENDINGS else word_value(rest)
        return None if head is None or tail is None else head * size + tail
    ones, joined, tens = word.partition("und")  # "fünfundzwanzig"
    if joined and ones in UNITS and tens in UNITS:
        return UNITS[ones] + UNITS[tens]
    return None


def _count_before(noun: Token) -> float | None:
    """The count nearest before the noun, past adjectives and qualifiers ("mehr als 5000 bosnische
    Zivilisten"); the parser often hangs it elsewhere (on "mehr", on the verb). A number further back
    is no count of it ("im Juli 1995 zwölf Gefangene": twelve)."""
    start = noun.sent.start
    for token in reversed(noun.doc[max(start, noun.i - MODIFIER_SPAN) : noun.i]):
        if word_value(token.lower_) is not None:
            return _number_ending_at(token)
        if token.pos_ != "ADJ" and token.lower_ not in COUNT_QUALIFIERS:
            return None
    return None


def _number_ending_at(last: Token) -> float:
    """The number whose last word is `last`, read leftwards: digit groups ("30 000" in two tokens), a
    numeral before a count noun ("2,5 Millionen", "zwei Dutzend") and a range's smaller end."""
    value, first = word_value(last.lower_), last
    while first.i > first.sent.start:
        before = first.doc[first.i - 1]
        before_value = word_value(before.lower_)
        if before_value is None:
            break
        if DIGIT_GROUP.fullmatch(first.text) and before.text.isdigit() and len(before.text) <= 3:
            value = before_value * 1000 + value if first is last else _regroup(before, last)
        elif first.lower_ in MULTIPLIED and before_value < 1000:
            value = before_value * value  # "2,5 Millionen", "drei Dutzend"; never "2023 Tausende"
        else:
            break
        first = before
    return min(value, _range_start(first) or value)


def _regroup(first: Token, last: Token) -> float:
    """A numeral in three or more groups ("1 200 000"): its digits in order."""
    return float("".join(t.text for t in first.doc[first.i : last.i + 1]))


def _range_start(first: Token) -> float | None:
    """The smaller end of a range ending in the number starting at `first`: "200 bis 300", "200-300"."""
    at = first.i
    if at - 2 < first.sent.start or first.doc[at - 1].lower_ not in RANGE_JOINS:
        return None
    start = first.doc[at - 2]
    return _number_ending_at(start) if word_value(start.lower_) is not None else None
