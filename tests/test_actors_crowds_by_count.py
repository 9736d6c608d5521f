"""A crowd named by its count alone ("Tausende demonstrierten"): people of the state the passage is
about, who protest against and demand of their own government where no one is named. New sentences,
not from any gold set."""

from __future__ import annotations

import pytest

from tests.entity_mentions import mentioned_entity
from tests.event_tuples import actor_code_events

DATE = "2024-05-10"


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        (
            "In Armenien wächst der Unmut über die Regierung. Zehntausende zogen am Sonntag durch die Straßen.",
            "Zehntausende",
            "ARMCVL",
        ),
        (
            "Bolivien erlebt eine Welle von Streiks. Hunderte, darunter viele Lehrer, blockierten die Straßen.",
            "Hunderte",
            "BOLCVL",
        ),
    ],
)
def test_a_crowd_named_by_its_count_is_of_the_passage_state(text: str, words: str, code: str) -> None:
    entity = mentioned_entity(text, words, DATE)
    assert entity is not None and entity.actor_code == code


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # the noun after the count says what is counted
        ("In Chile stiegen die Preise. Tausende Euro flossen in den Wahlkampf.", "Tausende"),
        # the noun after an adjective is counted: one group, read with its noun
        ("In Kenia wächst der Protest. Tausende junge Menschen zogen vor das Parlament.", "Tausende"),
    ],
)
def test_a_count_before_its_noun_is_no_crowd_of_its_own(text: str, words: str) -> None:
    assert mentioned_entity(text, words, DATE) is None


def test_a_crowd_without_a_place_protests_against_its_own_government() -> None:
    text = "In Serbien reißt die Kritik an der Regierung nicht ab. Tausende demonstrierten am Abend erneut."
    assert ("141", "SRBCVL", "SRBGOV") in actor_code_events(text, DATE)


def test_a_crowd_demanding_of_no_one_named_demands_of_its_own_government() -> None:
    text = (
        "Armenien und Aserbaidschan verhandeln über die Grenze. In Jerewan versammelten sich Hunderte "
        "vor dem Regierungssitz und forderten Neuwahlen."
    )
    codes = actor_code_events(text, DATE)
    assert any(code.startswith("10") and (s, t) == ("ARMCVL", "ARMGOV") for code, s, t in codes)
