"""Members of a parliament act for its state ("die Opposition im Bundestag"); a body of people spelt
like an act noun ("Opposition", "Fraktion") names whose it is by its attributes."""

from tests.event_tuples import coded_dyads

DATE = "2024-05-01"


def test_opposition_in_parliament_acts_for_the_state():
    found = coded_dyads("Die Opposition im Bundestag kritisierte die Regierung in Ankara scharf.", DATE)
    assert ("111", "DEU", "TUR") in found
