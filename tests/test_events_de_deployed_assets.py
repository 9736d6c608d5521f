"""Military assets other than troops, jets and warships (helicopters, patrol boats, drones, air-defence and
missile systems) moved or based near a rival show force (154), session 21; sent to a partner the same weapons
stay military aid (072), whose rows stand earlier in the lexicon. The sentences are our own."""

from functools import partial

import pytest

from tests.event_tuples import coded_events

DATE = "2024-05-01"
events = partial(coded_events, date=DATE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russland verlegte Kampfhubschrauber an die Grenze zu Finnland.", ("154", "RUS", "FIN", "asserted")),
        ("China schickte Patrouillenboote in die Gewässer vor den Philippinen.", ("154", "CHN", "PHL", "asserted")),
        ("Japan verlegte Drohnen auf die Inseln nahe Taiwan.", ("154", "JPN", "TWN", "asserted")),
    ],
)  # fmt: skip
def test_military_assets_beyond_troops_and_warships_moved_near_a_rival(text, expected):
    assert expected in events(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran schickte Drohnen nach Russland.", ("072", "IRN", "RUS", "asserted")),
        ("Die USA schickten Luftabwehrsysteme in die Ukraine.", ("072", "USA", "UKR", "asserted")),
    ],
)  # fmt: skip
def test_weapons_sent_to_a_partner_stay_military_aid(text, expected):
    assert expected in events(text)
