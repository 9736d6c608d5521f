"""A subject "es" standing for a neuter side named before (a state's or a capital's name, "das
Land"): the side continues as the source; the expletive "es" opening a sentence ("Es kam zu …") and the
"es" of "wie es … verlangt" name nobody. Sentences of our own, through the whole pipeline."""

from functools import partial

from tests.event_tuples import coded_dyads

coded = partial(coded_dyads, date="2024-05-02")


def test_es_after_the_verb_continues_the_capital_named_as_subject_before():
    found = coded("Teheran erhöht den Druck. Zugleich warf es Frankreich vor, Spione zu schicken.")
    assert ("112", "IRN", "FRA") in found


def test_es_in_a_question_continues_the_state_of_the_sentence_before():
    found = coded("Italien prüft die Lage. Würde es zögern, Libyen unter Druck zu setzen?")
    assert ("170", "ITA", "LBY") in found


def test_an_expletive_es_opening_the_sentence_takes_no_side_from_the_sentence_before():
    found = coded("Die Regierung in Rom lobt Frankreich. Es kam zu Protesten gegen Frankreich.")
    assert not [event for event in found if event[1] == "ITA" and event[0].startswith("14")]
