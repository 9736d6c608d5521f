"""A visit said to take place or be made up for, naming no one ("Der Besuch soll im Juni nachgeholt
werden"), is the visit the text told of before, traveller to host (`talks_of_sides_before.
visit_told_of_before`); said of a visit in any other way, it is no visit again."""

import pytest

from tests.event_tuples import events_of

PLANNED = "Der indonesische Präsident Prabowo wollte am Montag Australien besuchen. "
PLANNED += "Wegen eines Unwetters wurde der Flug gestrichen. "


def _visits_in_third_sentence(text: str) -> set[tuple]:
    return {
        (e.code, e.source.country, e.target.country, e.modality)
        for e in events_of(text, "2024-05-01")
        if e.code == "042" and e.evidence.sentence == 2
    }


@pytest.mark.parametrize(
    "scheduled",
    ["Der Besuch soll im Juni nachgeholt werden.", "Die Reise soll im Herbst stattfinden."],
)
def test_a_visit_scheduled_again_is_the_visit_told_of_before(scheduled):
    assert _visits_in_third_sentence(PLANNED + scheduled) == {("042", "IDN", "AUS", "future")}


@pytest.mark.parametrize(
    "sentence",
    [
        # a judgement of the visit, not the visit again
        "Der Besuch hat Folgen.",
        # an indefinite visit is another one, whose sides the sentence does not name
        "Ein Besuch soll im Juni folgen.",
    ],
)
def test_a_visit_only_talked_about_is_no_visit_again(sentence):
    assert _visits_in_third_sentence(PLANNED + sentence) == set()


ARRIVED = "Der russische Präsident Putin ist zu Gesprächen mit Machthaber Lukaschenko nach Belarus gereist. "


@pytest.mark.parametrize(
    "sentence",
    ["Es ist sein erster Besuch in Minsk seit drei Jahren.", "Es ist sein erster Besuch seit drei Jahren."],
)
def test_a_visit_owned_by_a_possessive_is_the_travellers_visit_told_of_before(sentence):
    visits = {
        (e.code, e.source.country, e.target.country)
        for e in events_of(ARRIVED + sentence, "2024-05-01")
        if e.code == "042" and e.evidence.sentence == 1
    }
    assert visits == {("042", "RUS", "BLR")}


def test_a_possessive_visit_to_another_host_is_not_the_visit_told_of_before():
    text = ARRIVED + "Sein letzter Besuch in Kasachstan liegt Jahre zurück."
    assert not [e for e in events_of(text, "2024-05-01") if e.evidence.sentence == 1 and e.code == "042"]
