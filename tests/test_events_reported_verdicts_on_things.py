"""A reported verdict that calls a thing by a noun of disapproval ("Das Treffen sei eine Farce gewesen") is
the speaker's disapproval (111) even where the sentence names no side; an adjective of a situation judges no
one. Through the whole German pipeline."""

from functools import partial

from tests.event_tuples import coded_events

events = partial(coded_events, date="2024-05-01")


def test_a_thing_called_a_farce_is_disapproval_of_no_named_side():
    found = events("Das Treffen in Genf sei eine Farce gewesen, sagte der russische Außenminister.")
    assert ("111", "RUS", None, "asserted") in found


def test_a_situation_called_dangerous_judges_no_one():
    found = events("Die Lage in der Region sei gefährlich, sagte der russische Außenminister.")
    assert "111" not in {code for code, *_ in found}


def test_a_verdict_on_conduct_named_by_an_abbreviation_before_the_hyphen_judges_that_side():
    found = events("Das US-Vorgehen sei inakzeptabel, sagte der chinesische Außenminister.")
    assert ("111", "CHN", "USA", "asserted") in found


def test_a_verdict_on_acts_the_lexicon_names_goes_to_their_doer_before():
    found = events(
        "Russische Drohnen haben in der Nacht Ziele in Polen angegriffen. Die Angriffe so nah an der Grenze "
        "seien rücksichtslos, sagte der polnische Außenminister."
    )
    assert ("112", "POL", "RUS", "asserted") in found


def test_a_verdict_after_an_appeal_to_the_own_alliance_judges_the_side_before_it():
    found = events(
        "Russische Kampfjets verletzten am Freitag den Luftraum Litauens. Vilnius beantragte daraufhin "
        "Konsultationen nach Artikel 4 des Nordatlantikvertrags. Die Grenzverletzung sei inakzeptabel, sagte der litauische Außenminister."
    )
    assert {("026", "LTU", "IGOWSTNAT", "asserted"), ("111", "LTU", "RUS", "asserted")} <= set(found)
