"""Answers held out on a condition by verbs that name no act ("nachziehen", "entsprechend handeln",
"Konsequenzen ziehen") threaten the side of the condition (conditional_answers.py); without a condition
"nachziehen" follows others and threatens no one: sentences written for the tests."""

import pytest

from tests.event_tuples import coded_events


def threats(text: str) -> list[tuple]:
    return [e for e in coded_events(text, date="2024-03-01") if e[0].startswith("13")]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Sollte Nordkorea einen Atomtest vorbereiten, werde Südkorea ohne Zögern nachziehen, sagte der Minister.",
         "KOR", "PRK"),
        ("Sollte Aserbaidschan die Grenze schließen, werde Armenien entsprechend handeln, sagte der Regierungssprecher.",
         "ARM", "AZE"),
        ("Sollte Belarus die Grenze schließen, werde Litauen Konsequenzen ziehen, sagte der Außenminister.",
         "LTU", "BLR"),
    ],
)  # fmt: skip
def test_an_answer_held_out_on_a_condition_threatens_the_side_of_the_condition(text, source, target):
    assert threats(text) == [("130", source, target, "asserted")]


def test_following_others_without_a_condition_threatens_no_one():
    assert threats("Frankreich hat Sanktionen gegen Moskau verhängt. Italien will nachziehen.") == []
