"""A verdict in reported speech codes what "nannte" codes with the same word: a provocation or a breach
charges its doer (112), whom the predicate's attribute may name; a whole clause judged ("Dass …, sei eine
Farce") judges the subject of that clause. Through the whole German pipeline."""

from functools import partial

from tests.event_tuples import coded_events

events = partial(coded_events, date="2024-05-01")


def test_an_act_called_a_provocation_of_a_named_side_accuses_that_side():
    found = events(
        "Die Explosionen seien eine gezielte Provokation des russischen Militärs, sagte der polnische Premier."
    )
    assert ("112", "POL", "RUS", "asserted") in found


def test_a_clause_called_a_farce_judges_its_subject():
    found = events(
        "Dass China weiter in dem Ausschuss mitrede, sei eine Farce, sagte der japanische Außenminister."
    )
    assert ("111", "JPN", "CHN", "asserted") in found


def test_a_step_called_a_reward_for_violence_is_disapproval():
    found = events(
        "Die Entscheidung Frankreichs sei eine Belohnung für die Gewalt, sagte der israelische Außenminister."
    )
    assert ("111", "ISR", "FRA", "asserted") in found


def test_a_verdict_asked_about_stays_unasserted():
    found = events("Ist das eine Provokation des russischen Militärs, fragte der polnische Premier.")
    assert not any(code.startswith("11") and modality == "asserted" for code, _, _, modality in found)
