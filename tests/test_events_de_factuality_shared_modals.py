"""Factuality of advice whose parse hides its modal, and of acts ruled out (issue 7): a second
infinitive shares the "sollte" of the first even where the parser reads the words before it as a
conjunct, a subject or an adverbial clause; an act "nicht zur Debatte" is ruled out. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from tests.event_tuples import code_modalities

DATE = "2025-01-29"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # the dative "Kiew" read as a conjunct of the first verb, "liefern" as its complement
        ("Europa sollte die Sanktionen gegen Moskau verschärfen und Kiew endlich Waffen liefern.", "07"),
        # the object "sie" read as the second verb's subject
        ("Der Kreml sollte die Stadt räumen und sie der Ukraine zurückgeben.", "08"),
    ],
)
def test_a_second_infinitive_closing_its_conjunct_shares_the_advice(text, code):
    assert code_modalities(text, DATE, code) == {"hypothetical"}


def test_a_finite_verb_standing_second_in_its_conjunct_keeps_its_own_mood():
    text = "Polen sollte Kiew Panzer liefern, Deutschland lieferte bereits Haubitzen an die Ukraine."
    assert code_modalities(text, DATE, "07") == {"hypothetical", "asserted"}


@pytest.mark.parametrize(
    "text",
    [
        "Sanktionen gegen Serbien stehen in Brüssel nicht zur Debatte.",
        "Ein Abbruch der Beziehungen zu Russland stehe nicht zur Debatte, betonte der Kanzler.",
    ],
)
def test_an_act_not_up_for_debate_is_ruled_out(text):
    assert code_modalities(text, DATE, "16") == {"negated"}


def test_an_act_up_for_debate_is_weighed():
    assert code_modalities("Sanktionen gegen Serbien stehen in Brüssel zur Debatte.", DATE, "16") == {
        "hypothetical"
    }
