"""Acts a demand or appeal asks of someone: the addressee's own hypothetical event, aimed at whom the
infinitive names or, for a concession, at the state that asks (`events/addressee_acts.py`); a release or
return demanded by its noun is the holder's hypothetical act (`demanded_acts.py`), the holder named in
the sentence or the one before; and the yielding acts such demands name (`lexicon_de/08_yield.tsv`)."""

from functools import partial

import pytest

from tests.event_tuples import coded_events, keyed_events

_events = partial(coded_events, date="2023-05-01")


_by_root = partial(keyed_events, date="2025-03-04")


def test_an_addressee_the_parse_took_for_a_subject_withdraws_its_own_troops():
    events = _by_root(
        "Die Regierung in Bamako hat Frankreich erneut aufgefordert, seine Soldaten bis Ende Januar abzuziehen."
    )
    assert ("MLI", "10", "FRA", "asserted") in events
    # soldiers leaving the state that hosts them: a withdrawal (166, `withdrawn_forces.py`), not a retreat
    assert ("FRA", "16", "MLI", "hypothetical") in events


def test_an_addressee_after_von_is_asked_to_release_prisoners():
    events = _by_root(
        "Der Außenbeauftragte der EU verlangte von der belarussischen Führung, die inhaftierten Journalisten freizulassen."
    )
    assert ("BLR", "08", "BLR", "hypothetical") in events


def test_a_fact_the_demand_presupposes_is_not_turned_into_an_asked_act():
    events = _by_root(
        "Der Außenbeauftragte der EU verlangte von der belarussischen Führung, die inhaftierten Journalisten freizulassen."
    )
    assert not any(e[0] == "BLR" and e[1] == "17" for e in events)


def test_two_addressees_asked_to_stop_fighting_would_each_stop_towards_the_other():
    events = _by_root(
        "Der UN-Generalsekretär appellierte an Armenien und Aserbaidschan, die Kämpfe an der Grenze einzustellen."
    )
    assert ("ARM", "08", "AZE", "hypothetical") in events
    assert ("AZE", "08", "ARM", "hypothetical") in events


@pytest.mark.parametrize(
    "text, act",
    [
        (
            "Kanada forderte Peking auf, die Strafzölle auf Raps zurückzunehmen.",
            ("CHN", "08", "CAN", "hypothetical"),
        ),
        (
            "Ghana forderte Togo auf, den Transitverkehr wieder zuzulassen.",
            ("TGO", "08", "GHA", "hypothetical"),
        ),
    ],
)
def test_a_concession_asked_of_a_state_is_towards_the_state_that_asks(text, act):
    assert act in _by_root(text)


def test_an_addressee_asked_to_refrain_is_given_no_act():
    events = _by_root("Ghana verlangte von Togo, keine Delegation aus Moskau mehr zu empfangen.")
    assert ("GHA", "10", "TGO", "asserted") in events
    assert not any(e[0] == "TGO" for e in events)


def test_a_place_is_no_addressee():
    events = _by_root("Frankreich forderte in Berlin, die Sanktionen gegen Syrien aufzuheben.")
    assert not any(e[0] == "DEU" for e in events)


def test_ending_attacks_is_de_escalation():
    events = _by_root("Russland beendete am Sonntag die Angriffe auf die ukrainische Hafenstadt Odessa.")
    assert ("RUS", "08", None, "asserted") in events


def test_demanded_release_is_the_addressees_release_of_its_own_prisoners():
    events = _events(
        "Die Bundesregierung verlangte von Teheran die sofortige Freilassung der inhaftierten Demonstranten."
    )
    assert ("1053", "DEU", "IRN", "asserted") in events
    assert ("0841", "IRN", "IRN", "hypothetical") in events


def test_demanded_return_of_property_goes_back_to_the_one_who_asks():
    events = _events("Lettland forderte von Russland die Rückgabe der beschlagnahmten Frachtschiffe.")
    assert ("0842", "RUS", "LVA", "hypothetical") in events


def test_holder_of_the_prisoners_from_the_sentence_before():
    events = _events(
        "Die Polizei in Minsk nahm Dutzende Oppositionelle fest. "
        "Die Europäische Union verlangte die Freilassung der Oppositionellen."
    )
    assert ("0841", "BLR", "BLR", "hypothetical") in events


def test_those_just_arrested_named_by_their_number_are_released_at_home():
    # "der beiden" and "der Festgenommenen" (a lemma without its ending) are the people the holder
    # just arrested, not the asker's own
    events = _events(
        "Die Polizei in Minsk nahm zwei polnische Journalisten fest. "
        "Warschau verlangte die sofortige Freilassung der beiden."
    )
    assert ("0841", "BLR", "BLR", "hypothetical") in events
    events = _events(
        "In Belarus wurden zwei Deutsche festgenommen. Berlin forderte die Freilassung der Festgenommenen."
    )
    assert ("0841", "BLR", "BLR", "hypothetical") in events


@pytest.mark.parametrize("released", ["Regimekritiker", "Aktivistinnen", "Blogger"])
def test_critics_held_at_home_are_released_at_home_whoever_asks(released):
    # the opponents a state holds are read from the one vocabulary of people held (`held_people.py`),
    # a feminine plural too, whose lemma the lemmatiser gives as "aktivistinn"
    events = _events(f"Schweden verlangte von Minsk die Freilassung der {released}.")
    assert ("0841", "BLR", "BLR", "hypothetical") in events


def test_those_released_are_not_the_holder():
    # the genitive names whose people are to be freed, not who would free them
    events = _events("Berlin verlangte die Freilassung der deutschen Journalisten.")
    assert not any(code == "0841" and source == "DEU" for code, source, _, _ in events)


def test_a_ceasefire_asked_of_both_sides_is_each_ones_towards_the_other():
    # a ceasefire is a concrete act, coded both ways; mere restraint asked of both stays uncoded
    events = _by_root("Kenia forderte Äthiopien und Eritrea zu einer sofortigen Waffenruhe auf.")
    assert ("ETH", "08", "ERI", "hypothetical") in events
    assert ("ERI", "08", "ETH", "hypothetical") in events
    restraint = _by_root("Kenia rief Äthiopien und Eritrea zur Zurückhaltung auf.")
    assert not any(e[1] == "08" for e in restraint)


def test_aid_asked_to_go_on_no_longer_is_its_halting():
    events = _by_root("Die Bundesregierung rief Indien auf, keine Waffen mehr an Russland zu liefern.")
    assert ("IND", "16", "RUS", "hypothetical") in events
    assert not any(e[1] == "07" for e in events)


def test_an_apology_demanded_of_a_named_addressee_is_the_addressees_act_towards_the_asker():
    events = _by_root("Die australische Regierung verlangte von Peking eine Entschuldigung für den Vorfall.")
    assert ("AUS", "10", "CHN", "asserted") in events
    assert ("CHN", "05", "AUS", "hypothetical") in events


def test_other_acts_a_demand_names_by_its_object_are_not_given_to_the_addressee():
    events = _by_root("Die polnische Regierung verlangte von Berlin dringende Konsultationen.")
    assert not any(e[0] == "DEU" and e[3] == "hypothetical" for e in events)


@pytest.mark.parametrize(
    ("text", "withdrawal"),
    [
        # forces named by a pronoun or a noun alone are those the demand is addressed to from before: they
        # retreat, towards the one who asks
        (
            "Die USA haben Truppen in den Irak geschickt. Die Regierung in Bagdad verlangt seit Monaten ihren Abzug.",
            ("0874", "USA", "IRQ", "hypothetical"),
        ),
        (
            "China hat Schiffe vor die Küste Vietnams geschickt. Hanoi verlangte den Abzug der Schiffe.",
            ("0874", "CHN", "VNM", "hypothetical"),
        ),
        # an organisation's forces end a mission
        (
            "Die Vereinten Nationen kritisierten die Junta in Mali scharf. Bamako verlangte daraufhin den "
            "sofortigen Abzug der Truppe.",
            ("166", "IGOUNO", "MLI", "hypothetical"),
        ),
    ],
)
def test_a_withdrawal_demanded_of_forces_named_before_is_the_addressees(text, withdrawal):
    assert withdrawal in _events(text)
