"""Acts an appeal or demand asks of a named addressee: the addressee's own hypothetical event, aimed at
whom the infinitive names or, for a concession, at the state that asks (`events/addressee_acts.py`),
and the yielding acts such demands name (`lexicon_de/08_yield.tsv`)."""

import pytest

import lagebild

DATE = "2025-03-04"


def _events(text: str) -> set[tuple[str | None, str, str | None, str]]:
    """(source state, CAMEO root, target state, modality) of every event coded in the text."""
    analysis = lagebild.analyze(text, date=DATE, lang="de")
    return {
        (
            e.source.country if e.source else None,
            e.root,
            e.target.country if e.target else None,
            e.modality,
        )
        for e in analysis.events
    }


def test_an_addressee_the_parse_took_for_a_subject_withdraws_its_own_troops():
    events = _events(
        "Die Regierung in Bamako hat Frankreich erneut aufgefordert, seine Soldaten bis Ende Januar abzuziehen."
    )
    assert ("MLI", "10", "FRA", "asserted") in events
    assert ("FRA", "08", "MLI", "hypothetical") in events


def test_an_addressee_after_von_is_asked_to_release_prisoners():
    events = _events(
        "Der Außenbeauftragte der EU verlangte von der belarussischen Führung, die inhaftierten Journalisten freizulassen."
    )
    assert ("BLR", "08", "BLR", "hypothetical") in events


def test_a_fact_the_demand_presupposes_is_not_turned_into_an_asked_act():
    events = _events(
        "Der Außenbeauftragte der EU verlangte von der belarussischen Führung, die inhaftierten Journalisten freizulassen."
    )
    assert not any(e[0] == "BLR" and e[1] == "17" for e in events)


def test_two_addressees_asked_to_stop_fighting_would_each_stop_towards_the_other():
    events = _events(
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
    assert act in _events(text)


def test_an_addressee_asked_to_refrain_is_given_no_act():
    events = _events("Ghana verlangte von Togo, keine Delegation aus Moskau mehr zu empfangen.")
    assert ("GHA", "10", "TGO", "asserted") in events
    assert not any(e[0] == "TGO" for e in events)


def test_a_place_is_no_addressee():
    events = _events("Frankreich forderte in Berlin, die Sanktionen gegen Syrien aufzuheben.")
    assert not any(e[0] == "DEU" for e in events)


def test_ending_attacks_is_de_escalation():
    events = _events("Russland beendete am Sonntag die Angriffe auf die ukrainische Hafenstadt Odessa.")
    assert ("RUS", "08", None, "asserted") in events
