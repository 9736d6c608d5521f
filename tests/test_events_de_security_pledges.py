"""Security pledges made with a light verb ("Sicherheitszusagen machen", lexicon row 0334 Sicherheitszusage):
the verb's subject pledges to the dative; the pledge keeps the factuality of its clause."""

import pytest

from tests.event_tuples import coded_events

DATE = "2024-03-01"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die G7-Staaten machten der Ukraine langfristige Sicherheitszusagen.",
            ("0334", "IGOGOS", "UKR", "asserted"),
        ),
        (
            "Großbritannien will der Republik Moldau Sicherheitszusagen machen.",
            ("0334", "GBR", "MDA", "future"),
        ),
        ("Frankreich hat der Ukraine keine Sicherheitszusagen gemacht.", ("0334", "FRA", "UKR", "negated")),
    ],
)
def test_security_pledges_made_with_a_light_verb(text, expected):
    assert expected in coded_events(text, DATE)
