"""Senses chosen by a trigger's arguments (issue 7; found by the 10kGNAD precision audit and the gold,
sentences written for this test): a talk with a newspaper is an interview, fighting for a goal without
an enemy is campaigning, a qualified position is a stance, and closing a border is no step against a
mission. Each case has a counterpart whose arguments keep the political reading."""

import pytest

from tests.event_tuples import coded_dyads


def coded(text: str) -> set[tuple]:
    return coded_dyads(text, "2024-03-05")


def roots(text: str) -> set[str]:
    return {code[:2] for code, _, _ in coded(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Ein Sprecher des Kanzlers bestätigte im Gespräch mit dem SPIEGEL, dass Scholz nach Kiew reist.",
        "Die litauische Regierungschefin sagte im Gespräch mit der BBC, Vilnius werde die Grenze schützen.",
    ],
)
def test_a_talk_with_the_press_is_no_meeting(text):
    # the trip the spokesman confirms (042) stays; the talk itself is no meeting
    assert "040" not in {code for code, _, _ in coded(text)}


def test_a_talk_with_a_foreign_minister_is_still_a_meeting():
    events = coded("Außenministerin Baerbock sagte im Gespräch mit Blinken, Deutschland stehe zur Ukraine.")
    assert ("040", "DEU", "USA") in events


@pytest.mark.parametrize(
    "text",
    [
        "Die Regierung in Prag kämpfte um jede Stimme im Rat.",
        "Die Regierung in Wien habe für eine gemeinsame europäische Lösung gekämpft.",
    ],
)
def test_fighting_for_a_goal_is_no_fighting(text):
    assert "19" not in roots(text)


def test_fighting_an_enemy_is_still_fighting():
    assert "19" in roots("Russische Truppen kämpfen im Donbass gegen die ukrainische Armee.")


def test_a_qualified_position_is_a_stance():
    assert "19" not in roots("Die tschechische Regierung hat eine klare Position eingenommen.")


def test_a_position_taken_by_troops_is_still_ground_taken():
    assert "192" in {code for code, _, _ in coded("Die ukrainischen Truppen nahmen die Position ein.")}


@pytest.mark.parametrize(
    "text",
    [
        "Polen kündigte die Schließung der Grenze zu Belarus an.",
        "Ungarn hat die Grenzschließung zu Serbien angekündigt.",
    ],
)
def test_closing_a_border_closes_no_mission(text):
    assert "16" not in roots(text)


def test_closing_an_embassy_still_reduces_relations():
    events = coded("Der ukrainische Präsident kündigte die Schließung der russischen Botschaft in Kiew an.")
    assert ("161", "UKR", "RUS") in events
