"""Critics placed by "in <capital or state>" who act as the subject are that state's people; critics
placed nowhere speak for no state: their accusation has the bare civilian sector as its source."""

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
