"""An agentless arrest is done by the police of where the clause says it happened, not of a place that
only describes the one arrested (`targets_domestic.state_where`)."""

from __future__ import annotations

from tests.event_tuples import country_events


def test_an_arrest_abroad_is_done_by_the_police_there():
    text = "Ein Offizier der Armee in Bamako wurde am Dienstag am Flughafen in Paris festgenommen."
    assert ("173", "FRA", "MLI", "asserted") in country_events(text, "2024-11-20")
