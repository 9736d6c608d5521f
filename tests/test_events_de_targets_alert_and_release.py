"""Guessed targets of two act families: prisoners a state frees with no foreigner named are its own
people, and raising alert or mobilising answers the adversary named nearby or just before although the act
names no target. New sentences, not from any gold set."""

from functools import partial

from tests.event_tuples import coded_events, source_code_targets

_events = partial(source_code_targets, date="2026-11-01")


def test_the_detained_freed_are_the_own_people():
    text = (
        "Die USA verhängten Sanktionen gegen Belarus. Sollte Minsk die Festgenommenen freilassen, "
        "würde Washington die Strafen lockern."
    )
    assert ("BLR", "0841", "BLR") in _events(text)


def test_prisoners_freed_without_a_nationality_are_the_own_people():
    text = "Die EU kritisierte Aserbaidschan scharf. Baku will nun alle Häftlinge freilassen."
    assert ("AZE", "0841", "AZE") in _events(text)


def test_detained_people_of_another_kind_keep_the_counterpart():
    # "inhaftierte Fischer": fishermen are as often foreign, the protesting state stays the guess
    text = "Indien protestierte gegen die Festnahme seiner Fischer. Colombo ließ daraufhin elf inhaftierte Fischer frei."
    assert ("LKA", "0841", "IND") in _events(text)


def test_raising_alert_answers_the_adversary_named_before():
    text = "Russland zog an der Grenze Truppen zusammen. Finnland versetzte daraufhin seine Armee in Alarmbereitschaft."
    assert ("FIN", "152", "RUS") in _events(text)


def test_calling_up_reservists_answers_the_adversary_named_before():
    text = "Russland schickte Kampfjets an die Grenze. Estland berief daraufhin Reservisten ein."
    assert ("EST", "154", "RUS") in _events(text)


def test_raising_alert_answers_the_adversary_named_in_the_sentence():
    text = "Armenien versetzte seine Armee in Alarmbereitschaft, was Aserbaidschan als Drohung verurteilte."
    assert ("ARM", "152", "AZE") in _events(text)


def test_raising_alert_answers_the_adversary_of_the_clause_before():
    text = "Die Türkei versetzte ihre Grenztruppen in Gefechtsbereitschaft, nachdem Syrien Panzer an die Grenze verlegt hatte."
    assert ("TUR", "152", "SYR") in _events(text)


def test_alert_not_raised_answers_no_one():
    # a show of force denied or renounced is shown to no adversary (events/targets_renounced_force.py)
    text = "Russland drohte Finnland. Finnland versetzte seine Armee nicht in Alarmbereitschaft."
    assert ("152", "FIN", None, "negated") in coded_events(text, date="2026-11-01")


def test_a_mobilisation_ruled_out_answers_no_one():
    text = (
        "Russland verlegte Truppen an die Grenze zur Ukraine. Die Ukraine werde keine Mobilmachung "
        "anordnen, sagte der Minister."
    )
    assert ("154", "UKR", None, "negated") in coded_events(text, date="2026-11-01")


def test_soldiers_not_sent_into_a_host_keep_it():
    # troops withheld from the state attacked are protection withheld from it (events/protective_deployments.py)
    text = "Russland griff die Ukraine an. Polen werde keine Soldaten schicken, sagte Tusk."
    assert ("074", "POL", "UKR", "negated") in coded_events(text, date="2026-11-01")
