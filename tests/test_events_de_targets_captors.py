"""A demand for the release of someone named only by a pronoun ("seine Freilassung", "ihre
Auslieferung") is addressed to whoever arrested them just before, not to a state named nearby or in
the sentence between (`events/targets_captors.py`); the release it asks for is that captor's. One who
came free ("kam frei", "ist frei") was released by the state holding them, towards their own state
(`events/freed_subjects.py`)."""

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


def test_a_foreigner_who_came_free_is_released_by_the_state_of_the_custody_named():
    events = _events("Im März kam der Franzose Luc Martin nach zwei Jahren Haft in Iran frei.")
    assert ("0841", "IRN", "FRA", "asserted") in events
    assert ("0841", "FRA", "IRN", "asserted") not in events
    events = _events("Der Kanadier Michael Roy ist nach drei Jahren aus chinesischer Haft freigekommen.")
    assert ("0841", "CHN", "CAN", "asserted") in events


def test_a_foreigner_who_came_free_is_released_by_who_arrested_them_before():
    events = _events(
        "Die venezolanische Polizei nahm im Mai einen Amerikaner in Caracas fest. Im Oktober kam der Amerikaner "
        "John Miller nach Gesprächen frei."
    )
    assert ("0841", "VEN", "USA", "asserted") in events


def test_persons_a_copula_says_are_free_came_free():
    events = _events("Nach zwei Jahren in iranischer Haft ist der Franzose Luc Martin frei.")
    assert ("0841", "IRN", "FRA", "asserted") in events


def test_a_way_or_an_election_said_to_be_free_is_no_release():
    events = _events(
        "Die iranischen Behörden nahmen im Mai einen Franzosen fest. Der Weg für neue Gespräche ist frei. "
        "Die Wahl war frei und fair."
    )
    assert not any(code == "0841" for code, *_ in events)
