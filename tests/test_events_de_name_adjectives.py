"""A nationality adjective inside a name names no state (`events/name_adjectives.py`): "die Deutsche
Bank" is a company, while "Deutsche Soldaten" opening a sentence are Germany's (sentences written for
this test)."""

import pytest

from tests.event_tuples import source_states

DATE = "2024-06-12"


@pytest.mark.parametrize(
    "text",
    [
        # capitalised inside its sentence: German writes a country adjective lower case
        "Laut Medienberichten stoppte die Deutsche Bank alle Zahlungen nach Russland.",
        # opening the sentence, but the text writes the pair capitalised inside a sentence too
        "Deutsche Bank stoppte alle Zahlungen nach Russland, teilte ein Sprecher der Deutschen Bank mit.",
    ],
)
def test_a_company_named_with_a_country_adjective_is_not_the_state(text):
    assert "DEU" not in source_states(text, DATE, "16", keep_implausible=True)


@pytest.mark.parametrize(
    "text, root, state",
    [
        ("Deutsche Soldaten lieferten Hilfsgüter in die Ukraine.", "07", "DEU"),
        ("„Russische Soldaten griffen Charkiw an“, sagte der Bürgermeister.", "19", "RUS"),
    ],
)
def test_a_country_adjective_opening_a_sentence_or_quote_names_the_state(text, root, state):
    assert state in source_states(text, DATE, root, keep_implausible=True)
