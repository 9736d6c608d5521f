"""Yielding another only expects not to happen is no refusal of the side (`refusals._expected_of_the_side`):
"Ich gehe davon aus, dass X nicht einlenkt" and "Entscheidend ist, dass X nicht einknickt" stay the
yielding, hypothetical (080), as the banks code them; the side's own word ("machte klar, dass …") is its
refusal (124)."""

from functools import partial

from tests.event_tuples import coded_events

_events = partial(coded_events, date="2025-03-04", keep_implausible=True)


def _refusals(events):
    return [event for event in events if event[0] == "124"]


def test_a_judgement_that_the_side_must_not_yield_keeps_the_yielding_hypothetical():
    events = _events("Entscheidend ist, dass Budapest diesmal nicht vor Brüssel einknickt.")
    assert ("080", "HUN", "IGOEUREEC", "hypothetical") in events
    assert not _refusals(events)


def test_an_expectation_that_the_side_will_not_yield_is_no_refusal():
    events = _events("Ich gehe davon aus, dass Ankara nicht einlenkt.")
    assert ("080", "TUR", None, "hypothetical") in events
    assert not _refusals(events)
    assert not _refusals(_events("Ein Einlenken Belgrads erwarten Diplomaten in Pristina nicht."))


def test_the_sides_own_word_that_it_will_not_yield_is_its_refusal():
    events = _events(
        "Der serbische Präsident machte klar, dass Belgrad dem Druck aus Brüssel nicht nachgeben werde."
    )
    assert ("124", "SRB", "IGOEUREEC", "asserted") in events
