"""An agreement named with its two parties in "zwischen" was concluded by them (057, both ways), unless
it is what another coded act is about (issue 7, silent root 05)."""

import pytest

from tests.event_tuples import code_modalities, coded_triples

DATE = "2025-03-01"


def agreements(text: str) -> set[tuple]:
    return {t for t in coded_triples(text, DATE) if t[0] == "057"}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Das Abkommen zwischen Indonesien und Malaysia regelt die Fischerei in der Meerenge.",
            ("IDN", "MYS"),
        ),
        (
            "Ein Friedensvertrag zwischen Eriwan und Baku gilt in Ankara als Voraussetzung für eine Normalisierung.",
            ("ARM", "AZE"),
        ),
    ],
)
def test_an_agreement_between_two_states_is_concluded_by_each_with_the_other(text, pair):
    first, second = pair
    assert agreements(text) == {("057", first, second), ("057", second, first)}


def test_an_agreement_praised_by_a_third_state_is_the_praise_s_topic_only():
    triples = coded_triples(
        "Der Präsident Brasiliens würdigte das Abkommen zwischen Indonesien und Malaysia.", DATE
    )
    assert ("051", "BRA", "IDN") in triples
    assert not {t for t in triples if t[0] == "057"}


def test_an_agreement_with_the_indefinite_article_is_one_still_to_be_made():
    text = "Ankara macht die Normalisierung weiterhin von einem Friedensvertrag zwischen Eriwan und Baku abhängig."
    assert code_modalities(text, DATE, "057") == {"hypothetical"}
