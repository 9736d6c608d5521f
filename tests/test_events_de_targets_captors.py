"""A demand for the release of someone named only by a pronoun ("seine Freilassung", "ihre
Auslieferung") is addressed to whoever arrested them just before, not to a state named nearby or in
the sentence between (`events/targets_captors.py`); the release it asks for is that captor's."""

from functools import partial

from tests.event_tuples import coded_events

_events = partial(coded_events, date="2024-09-12")


def test_a_release_demanded_goes_to_the_captor_not_to_a_state_of_the_clause_beside_it():
    events = _events(
        "Die iranischen Behörden haben einen schwedischen Diplomaten festgenommen. Stockholm hatte seine "
        "Freilassung immer wieder verlangt, und die EU hatte die Anklage als haltlos kritisiert."
    )
    assert ("1053", "SWE", "IRN", "asserted") in events
    assert ("1053", "SWE", "EUR", "asserted") not in events
    assert ("0841", "IRN", "SWE", "hypothetical") in events


def test_an_extradition_demanded_goes_to_the_captor_not_to_a_state_named_in_between():
    events = _events(
        "Die tunesische Polizei nahm die Aktivistin in Tunis fest. Frankreich zeigte sich besorgt. "
        "Algerien verlangte ihre Auslieferung."
    )
    assert ("100", "DZA", "TUN", "asserted") in events
    assert ("100", "DZA", "FRA", "asserted") not in events


def test_a_release_demanded_of_someone_named_keeps_the_addressee_it_names():
    events = _events(
        "Die tunesische Polizei nahm die Aktivistin in Tunis fest. Algerien verlangte von Frankreich ihre Auslieferung."
    )
    assert ("100", "DZA", "FRA", "asserted") in events
