"""The count before a noun (`events/counts.py`), which mass killings (202 from a hundred) and mass
expulsions (201 from a thousand) read: digits in every German spelling, number words, count nouns,
qualifiers, ranges; a year or a clock time before the count is no count."""

import pytest

from lagebild.events.counts import word_value
from tests.event_tuples import coded_events


def _codes(text: str) -> list[str]:
    return [code for code, _, _, _ in coded_events(text, "2024-05-01")]


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("8.000", 8000),
        ("8000", 8000),
        ("2,5", 2.5),
        ("zehn", 10),
        ("zwölf", 12),
        ("fünfundzwanzig", 25),
        ("zweihundert", 200),
        ("elfhundert", 1100),
        ("dreihundertfünfundzwanzig", 325),
        ("zwanzigtausend", 20000),
        ("dutzende", 12),
        ("hunderte", 100),
        ("zehntausende", 10000),
        ("hunderttausende", 100000),
        ("millionen", 1000000),
        ("200-300", 200),
    ],
)
def test_a_number_is_read_in_digits_and_in_words(word, value):
    assert word_value(word) == value


@pytest.mark.parametrize("word", ["jahrhundert", "tausendschaft", "millionenstadt", "bundesrat", "16.30"])
def test_a_word_with_a_number_inside_is_no_number(word):
    assert word_value(word) is None


@pytest.mark.parametrize(
    "text",
    [
        "Die syrische Armee tötete rund 8 000 Zivilisten.",  # groups split by a plain space
        "Die syrische Armee tötete fast zweihundert Zivilisten.",
        "Die syrische Armee tötete 2,5 Millionen Menschen.",
        "Die syrische Armee tötete zwischen 150 und 300 Zivilisten.",
        "Die syrische Armee tötete im Jahr 2014 mehr als 120 Zivilisten.",
    ],
)
def test_killings_counted_in_hundreds_read_in_any_spelling(text):
    assert _codes(text) == ["202"]


@pytest.mark.parametrize(
    "text",
    [
        "Die syrische Armee tötete mindestens 13 Zivilisten.",
        "Die syrische Armee tötete Dutzende Zivilisten.",
        # a range counts from its smaller end
        "Die syrische Armee tötete zwischen 50 und 80 Zivilisten.",
        # a clock time is no count
        "Um 16.30 Uhr tötete die syrische Armee zwölf Zivilisten.",
    ],
)
def test_killings_of_fewer_than_a_hundred_stay_an_assault(text):
    # a lone sentence with no target: the confidence model may find the event implausible, the count is what is tested
    assert [code for code, *_ in coded_events(text, "2024-05-01", keep_implausible=True)] == ["1823"]


def test_deportations_counted_in_number_words_are_mass_expulsions():
    assert _codes("Pakistan hat 2023 mehr als zwanzigtausend Afghanen abgeschoben.") == ["201"]


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan schob zwei Dutzend Afghanen ab.",
        # the year before a count noun does not multiply it
        "Pakistan schob 2023 Hunderte Afghanen ab.",
    ],
)
def test_deportations_of_hundreds_stay_expulsions_of_individuals(text):
    assert _codes(text) == ["174"]
