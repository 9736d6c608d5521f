"""A "sie" standing for a state whose name takes a plural article ("die Niederlande", "die
Philippinen"): the tagger may read the article as feminine singular, yet "die" before a name fits "sie"
either way. Sentences written for this file, through the real pipeline."""

from tests.event_tuples import coded_dyads

DATE = "2024-05-01"


def test_sie_in_a_reported_clause_stands_for_a_state_with_a_plural_name():
    text = "Die Niederlande haben Belgien am Montag mitgeteilt, dass sie den Grenzvertrag aufkündigen."
    assert ("160", "NLD", "BEL") in coded_dyads(text, DATE)


def test_sie_after_a_plural_name_judges_for_that_state():
    text = "Die Philippinen erklärten am Montag, dass sie China scharf verurteilen."
    assert ("111", "PHL", "CHN") in coded_dyads(text, DATE)
