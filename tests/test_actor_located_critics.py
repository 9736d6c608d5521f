"""Critics placed by "in <capital or state>" who act as the subject are that state's people; critics
placed nowhere stay onlookers."""

from tests.event_tuples import coded_events

DATE = "2024-05-10"


def test_critics_in_a_capital_accuse_for_its_state():
    text = (
        "Der Vatikan hat eine Friedensinitiative vorgestellt. "
        "Kritiker in Kiew werfen dem Papst vor, den Angreifer zu schonen."
    )
    events = coded_events(text, DATE, keep_implausible=True)
    assert ("112", "UKR") in {(code, source) for code, source, _, _ in events}


def test_critics_in_a_state_accuse_for_it():
    text = "Kritiker in Israel werfen Katar vor, Terroristen Unterschlupf zu gewähren."
    events = coded_events(text, DATE, keep_implausible=True)
    assert any(code.startswith("11") and source == "ISR" for code, source, _, _ in events)


def test_critics_placed_nowhere_stay_onlookers():
    text = "Kritiker werfen Katar vor, Terroristen Unterschlupf zu gewähren."
    events = coded_events(text, DATE, keep_implausible=True)
    assert not any(source for _, source, _, _ in events)
