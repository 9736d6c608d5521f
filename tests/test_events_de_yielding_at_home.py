"""Acts at home whose clause names no one: easing a curfew or martial law, and withdrawing a law, yield
to the state's own people; a decision revised may concern another state and keeps no target. Rebels
fighting on the ground with no one named fight their own state."""

import pytest

from tests.event_tuples import coded_dyads


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Präsident Ruto hob die Ausgangssperre in Nairobi auf.", ("0813", "KEN", "KEN")),
        ("Die Regierung in Nairobi zog das umstrittene Steuergesetz zurück.", ("0832", "KEN", "KEN")),
    ],
)
def test_easing_at_home_yields_to_the_own_people(text, expected):
    assert expected in coded_dyads(text, "2024-07-01")


def test_a_revised_decision_names_no_one_at_home():
    assert ("0832", "POL", None) in coded_dyads(
        "Die polnische Regierung revidierte ihre Entscheidung.", "2024-07-01"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die ELN griff in der Nacht einen Stützpunkt im Departement Arauca an.", ("190", "COL", "COL")),
        ("Die Taliban-Kämpfer rückten weiter auf die Provinzhauptstadt vor.", ("192", "AFG", "AFG")),
    ],
)
def test_rebels_fighting_on_the_ground_fight_their_own_state(text, expected):
    assert expected in coded_dyads(text, "2021-07-01")
