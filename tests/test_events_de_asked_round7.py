"""A release or return demanded by its noun is the holder's hypothetical act (`demanded_acts.py`); aid
announced not to be given is the announced stop of that aid, no pledge (`intentions.py`)."""

import pytest

from tests.event_tuples import coded_events

DATE = "2023-05-01"


def _events(text: str) -> list[tuple]:
    return coded_events(text, DATE)


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


def test_those_released_are_not_the_holder():
    # the genitive names whose people are to be freed, not who would free them
    events = _events("Berlin verlangte die Freilassung der deutschen Journalisten.")
    assert not any(code == "0841" and source == "DEU" for code, source, _, _ in events)


@pytest.mark.parametrize(
    "text",
    [
        "Die Regierung in Budapest kündigte an, keine Munition mehr an die Ukraine zu liefern.",
        "Die Slowakei kündigte an, der Ukraine keine Waffen zu liefern.",
    ],
)
def test_aid_announced_not_to_be_given_is_halted_not_pledged(text):
    events = _events(text)
    assert any(
        code == "1622" and modality == "asserted" and target == "UKR" for code, _, target, modality in events
    )
    assert not any(code.startswith("03") for code, _, _, _ in events)


def test_aid_announced_to_be_given_stays_a_pledge():
    events = _events("Die Regierung in Prag kündigte an, der Ukraine weitere Munition zu liefern.")
    assert ("0332", "CZE", "UKR", "asserted") in events
    assert not any(code.startswith("16") for code, _, _, _ in events)
