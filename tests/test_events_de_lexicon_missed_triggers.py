"""Rows for event words the German lexicon had no reading for (issue 7, session 34): seeking dialogue
("sucht den Dialog mit Moskau", 036) or closeness ("sucht die Nähe Moskaus", 030), a meeting of three
("Dreiertreffen", 040), mocking a side ("spottete über", 111). Seeking anything else ("sucht den
Täter") is no event.
"""

from functools import partial

import pytest

from tests.event_tuples import coded_events

events = partial(coded_events, date="2024-06-03", keep_implausible=True)


def dyads(text: str) -> set[tuple]:
    return {(code, source, target) for code, source, target, _ in events(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Regierung in Paris sucht weiterhin den Dialog mit Algerien.", ("036", "FRA", "DZA")),
        ("Seit dem Putsch sucht Mali die Nähe Russlands.", ("030", "MLI", "RUS")),
        (
            "Nach einem Dreiertreffen mit dem türkischen Präsidenten lenkte Schweden ein.",
            ("040", "SWE", "TUR"),
        ),
    ],
)
def test_missed_trigger_codes_its_row(text, expected):
    assert expected in dyads(text)


def test_seeking_a_person_is_no_event():
    assert events("Die Polizei in Berlin sucht seit Tagen den flüchtigen Täter.") == []


def test_mocking_a_side_is_criticism():
    """ "spottete über" scorns its object as "verspottete" does (111)."""
    text = "Der russische Außenminister spottete über die Rede des ukrainischen Präsidenten."
    assert ("111", "RUS", "UKR") in dyads(text)
