"""A politician named as landing somewhere visits it; forces, planes and disputes that land visit
nobody (`landings`). Our own sentences, through the real pipeline."""

import pytest

from tests.event_tuples import coded_events


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "Die französische Außenministerin Catherine Colonna ist am Morgen in Kiew gelandet.",
            ("042", "FRA", "UKR"),
        ),
        ("Am Abend landete der indische Premier Narendra Modi in Moskau.", ("042", "IND", "RUS")),
        # the plane a named politician flies in lands for him
        (
            "Die Maschine des indischen Premierministers Narendra Modi ist am Mittag in Malé gelandet.",
            ("042", "IND", "MDV"),
        ),
    ],
)
def test_a_named_politician_who_lands_visits(text, visit):
    assert visit in [e[:3] for e in coded_events(text, "2024-01-01")]


@pytest.mark.parametrize(
    "text",
    [
        "Am Montag sind 300 ruandische Soldaten in Mosambik gelandet.",
        "Zwei türkische Transportflugzeuge landeten am Abend in Tripolis.",
        "Vorjahressieger Norwegen landet im Medaillen-Ranking auf dem dritten Platz und Schweden holt sich den zweiten.",
    ],
)
def test_forces_and_planes_that_land_visit_nobody(text):
    assert not [e for e in coded_events(text, "2024-01-01") if e[0] == "042"]
