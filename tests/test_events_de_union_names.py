"""The names of international organisations before a compound's hyphen (`events/union_names.py`): the
KB's names and abbreviations as news writes them, not its generic nouns for a body."""

import pytest

from lagebild.events.union_names import is_union_name
from tests.event_tuples import coded_events


@pytest.mark.parametrize("word", ["Nato", "NATO", "Opec", "OSZE", "EU"])
def test_a_name_or_abbreviation_of_an_organisation_is_a_union_name(word):
    assert is_union_name(word)


@pytest.mark.parametrize("word", ["Allianz", "Bündnis", "Union", "Berlin"])
def test_a_generic_noun_or_a_place_is_no_union_name(word):
    assert not is_union_name(word)


def test_a_meeting_of_a_body_written_as_a_word_is_a_gathering_not_a_meeting_of_two():
    text = "Außenministerin Annalena Baerbock dankte ihrem ungarischen Amtskollegen beim Opec-Treffen für die Hilfe."
    events = coded_events(text, "2024-03-05", True)
    assert ("051", "DEU", "HUN", "asserted") in events
    assert not any(code.startswith("04") for code, *_ in events)
