"""Critics placed by "in <capital or state>" who act as the subject are that state's people; critics
placed nowhere speak for no state: their accusation has the bare civilian sector as its source."""

import pytest

from tests.event_tuples import coded_events

DATE = "2024-05-10"


def test_critics_in_a_capital_accuse_for_its_state():
    text = (
        "Brüssel hat neue Regeln für Landwirte vorgelegt. "
        "Kritiker in Warschau werfen der Kommission vor, die Bauern zu gängeln."
    )
    events = coded_events(text, DATE, keep_implausible=True)
    assert ("112", "POL") in {(code, source) for code, source, _, _ in events}


def test_critics_in_a_state_accuse_for_it():
    text = "Kritiker in Griechenland werfen der Türkei vor, Schleuser zu decken."
    events = coded_events(text, DATE, keep_implausible=True)
    assert any(code.startswith("11") and source == "GRC" for code, source, _, _ in events)


def test_critics_placed_nowhere_accuse_for_no_state():
    text = "Kritiker werfen der Türkei vor, Schleuser zu decken."
    events = coded_events(text, DATE, keep_implausible=True)
    assert {source for _, source, _, _ in events} == {"CVL"}
    assert ("112", "CVL", "TUR", "asserted") in events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # organisations in France are French people, whatever the adjective says of their origin
        (
            "Die Türkei hat die Grenze geschlossen. "
            "Armenische Organisationen in Frankreich kritisieren die Entscheidung scharf.",
            ("111", "FRA", "TUR"),
        ),
        (
            "Venezuela hat Truppen an die Grenze verlegt. "
            "Mehrere Senatoren in Bogotá verurteilen den Schritt als Provokation.",
            ("111", "COL", "VEN"),
        ),
    ],
)
def test_groups_named_by_their_kind_in_a_state_speak_for_it(text, expected):
    events = coded_events(text, DATE, keep_implausible=True)
    assert expected in {(code, source, target) for code, source, target, _ in events}


def test_units_of_an_army_in_a_state_are_not_its_people():
    text = "Russische Verbände in der Ukraine griffen am Morgen Charkiw an."
    events = coded_events(text, DATE, keep_implausible=True)
    assert ("190", "RUS", "UKR") in {(code, source, target) for code, source, target, _ in events}
