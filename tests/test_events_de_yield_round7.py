"""Material cooperation and investigating (CAMEO roots 06 and 09, issue 7, seventh session), through
the whole pipeline.

The small parser tags the preterite "leitete" as an adjective of its noun ("leitete Ermittlungen gegen
… ein"), so the noun row with its light verb never fires; verb rows of "einleiten" read the noun as the
object. Training a state's units (062) names units, troops and police as well as soldiers.
"""

from functools import partial

import pytest

from tests.event_tuples import coded_events

events = partial(coded_events, date="2024-05-02")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # investigations opened by a state's prosecutors, with the preterite the tagger misreads
        ("Die lettische Staatsanwaltschaft leitete Ermittlungen gegen russische Offiziere ein.",
         ("090", "LVA", "RUS", "asserted")),
        ("Estland leitete Ermittlungen gegen zwei russische Diplomaten ein.",
         ("090", "EST", "RUS", "asserted")),
        ("Die amerikanische Handelsbehörde hat eine Untersuchung chinesischer Subventionen eingeleitet.",
         ("090", "USA", "CHN", "asserted")),
        # training units of another state
        ("Frankreich bildet seit Monaten nigrische Einheiten aus.",
         ("062", "FRA", "NER", "asserted")),
        ("Die Türkei bildet somalische Polizisten aus.", ("062", "TUR", "SOM", "asserted")),
    ],
)  # fmt: skip
def test_codes_the_yielding_and_aid_families(text, expected):
    assert expected in events(text)


def test_opening_an_investigation_needs_its_noun():
    # "einleiten" with another object (a military offensive) is no investigation
    coded = events("Die Ukraine leitete eine Gegenoffensive gegen die russischen Truppen ein.")
    assert not any(code.startswith("09") for code, *_ in coded)
