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
        # the perfect: the target is the state of the people the investigation is "gegen"
        ("Die polnische Justiz hat eine Untersuchung gegen belarussische Grenzbeamte eingeleitet.",
         ("090", "POL", "BLR", "asserted")),
        # training units of another state
        ("Frankreich bildet seit Monaten nigrische Einheiten aus.",
         ("062", "FRA", "NER", "asserted")),
        ("Die Türkei bildet somalische Polizisten aus.", ("062", "TUR", "SOM", "asserted")),
    ],
)  # fmt: skip
def test_codes_investigations_and_the_training_of_foreign_units(text, expected):
    assert expected in events(text)


def test_opening_an_investigation_needs_its_noun():
    # "einleiten" with another object (a military offensive) is no investigation
    coded = events("Die Ukraine leitete eine Gegenoffensive gegen die russischen Truppen ein.")
    assert not any(code.startswith("09") for code, *_ in coded)
