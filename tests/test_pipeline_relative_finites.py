"""A plural finite verb at the end of a relative clause that the tagger read as an infinitive is retagged
finite and plural (`pipeline.relative_finites`). Sentences written for this file, through the real
pipeline."""

import pytest

from lagebild.pipeline import get_pipeline


def _token(text: str, word: str):
    return next(t for t in get_pipeline("de")(text) if t.text == word)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Tokio und Seoul, die Peking seit langem kritisieren, berieten am Montag.", "kritisieren"),
        # tagged finite, but with the infinitive's features
        ("Berlin und Wien, die Kiew seit Monaten unterstützen, warnten Moskau.", "unterstützen"),
    ],
)
def test_a_relative_clause_ends_in_its_plural_finite_verb_not_an_infinitive(text, verb):
    token = _token(text, verb)
    assert token.tag_ == "VVFIN"
    assert token.morph.get("Number") == ["Plur"]


def test_an_infinitive_under_a_modal_in_a_relative_clause_stays_an_infinitive():
    token = _token("Staaten, die Kiew unterstützen wollen, trafen sich in Rom.", "unterstützen")
    assert token.tag_ != "VVFIN" or "Inf" in token.morph.get("VerbForm")
