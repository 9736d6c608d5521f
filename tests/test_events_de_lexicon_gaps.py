"""Lexicon families missed in many banks: a state declared one's enemy is judged (111); the door said to
stay open for talks is the intent to meet (036) of the speaker whose side's door it is."""

import pytest

from tests.event_tuples import coded_events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Regierung in Caracas erklärte Kolumbien zum Feind.", ("111", "VEN", "COL", "asserted")),
        ("Pjöngjang hat Japan zum Hauptgegner erklärt.", ("111", "PRK", "JPN", "asserted")),
    ],
)
def test_a_state_declared_an_enemy_is_judged(text, expected):
    assert expected in coded_events(text, "2024-03-01")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die türkische Außenministerin sagte, die Tür für Gespräche mit Athen bleibe offen.",
            ("036", "TUR", "GRC", "asserted"),
        ),
        (
            "Die Tür für Verhandlungen mit Moskau steht weiter offen, betonte die finnische Regierung.",
            ("036", "FIN", "RUS", "asserted"),
        ),
    ],
)
def test_a_door_said_to_stay_open_is_the_speakers_intent_to_meet(text, expected):
    assert expected in coded_events(text, "2024-03-01")


def test_a_door_said_to_stay_shut_is_no_intent_to_meet():
    events = coded_events(
        "Die Tür für Gespräche mit Kiew bleibe verschlossen, sagte der russische Minister.", "2024-03-01"
    )
    assert not any(code == "036" for code, *_ in events)
