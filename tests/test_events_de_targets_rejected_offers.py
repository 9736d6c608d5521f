"""A rejection in a clause set against or beside the one before it rejects that clause's subject
(events/targets_rejected_offers.py); one joined by "und" goes along with it. Sentences of our own,
through the real pipeline."""

from __future__ import annotations

import pytest

from tests.event_tuples import root_pairs

DATE = "2026-11-20"


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Rom bot Tunis neue Gespräche an, doch Tunesien lehnte das Angebot ab.", ("TUN", "ITA")),
        (
            "Die Ukraine hat die Aufnahme beantragt; Ungarn verweigert bislang seine Zustimmung.",
            ("HUN", "UKR"),
        ),
    ],
)
def test_a_rejection_answers_the_subject_of_the_clause_before(text, pair):
    assert pair in root_pairs(text, DATE, "12")


def test_an_answer_in_a_clause_beside_the_one_before_answers_its_subject():
    assert ("UKR", "RUS") in root_pairs(
        "Russland verlegte Truppen an die Grenze, Kiew reagierte mit einer Mobilmachung.", DATE, "15"
    )


def test_a_rejection_joined_by_und_goes_along_with_the_clause_before():
    pairs = root_pairs(
        "Paris verurteilte den Beschluss scharf, und Berlin wies ihn ebenfalls zurück.", DATE, "12"
    )
    assert ("DEU", "FRA") not in pairs


@pytest.mark.parametrize(
    ("text", "root", "pair"),
    [
        ("Lima verlangte die Auslieferung des Generals, doch Bolivien lehnte das ab.", "10", ("PER", "BOL")),
        (
            "Japan bot Hilfe beim Wiederaufbau an, aber Nordkorea wies das Angebot zurück.",
            "03",
            ("JPN", "PRK"),
        ),
    ],
)
def test_a_demand_or_offer_is_aimed_at_whoever_rejects_it_in_the_clause_set_against_it(text, root, pair):
    assert pair in root_pairs(text, DATE, root)


def test_the_subject_of_the_clause_before_may_hang_on_its_auxiliary():
    text = (
        "Die Vereinigten Staaten hatten in Kairo hundert Millionen Dollar für den Wiederaufbau zugesagt, "
        "doch Damaskus wies das Angebot zurück."
    )
    assert ("SYR", "USA") in root_pairs(text, DATE, "12")


def test_a_rejection_of_any_act_of_a_kind_still_answers_the_clause_before():
    text = "Norwegen bot sich als Vermittler an, doch Caracas lehnte jede Einmischung ab."
    assert ("VEN", "NOR") in root_pairs(text, DATE, "12")


def test_a_rejection_beside_praise_of_the_thing_answers_no_praiser():
    text = "Die Kanzlerin lobte das Abkommen, Warschau lehnt den Vertrag hingegen ab."
    assert ("POL", "DEU") not in root_pairs(text, DATE, "12")
