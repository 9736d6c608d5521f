"""An act noun in a concessive ("trotz") or "seit" phrase is taken as given, like a cause ("wegen"): the
negation of its clause denies the other act only (modality._named_as_given). Sentences written for the
tests."""

import pytest

from tests.event_tuples import code_modalities

ARTICLE_DATE = "2024-05-01"


@pytest.mark.parametrize(
    ("text", "given", "denied"),
    [
        (
            "Seit dem russischen Angriff auf die Ukraine hat Berlin keine Gespräche mit Moskau geführt.",
            "19",
            "04",
        ),
        ("Trotz der Kritik aus Berlin hat Warschau keine Gespräche mit Minsk aufgenommen.", "11", "04"),
    ],
)
def test_an_act_named_as_given_stays_asserted_in_a_negated_clause(text, given, denied):
    assert code_modalities(text, ARTICLE_DATE, given, keep_implausible=True) == {"asserted"}
    assert code_modalities(text, ARTICLE_DATE, denied, keep_implausible=True) == {"negated"}
