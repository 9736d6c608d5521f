"""A congress named without its state is the parliament of the state the passage is about ("der
Kongress" in Washington or Lima)."""

from tests.event_tuples import coded_events

DATE = "2024-05-10"


def test_bare_congress_is_the_passage_states_parliament():
    text = "In Lima protestierten Tausende gegen die Regierung. Der Kongress setzte den Präsidenten ab."
    events = coded_events(text, DATE, keep_implausible=True)
    assert any(code.startswith("17") and source == "PER" for code, source, _, _ in events)
