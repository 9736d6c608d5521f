"""One opposition party or alliance named by its kind ("die Oppositionspartei …", "das
Oppositionsbündnis") is the opposition of the state the passage is about, as the opposition parties
are (`pipeline/actor_unowned_bodies.DOMESTIC_GROUPS_DE`); sentences written for this test."""

import pytest

from tests.event_tuples import events_of

DATE = "2024-05-21"


@pytest.mark.parametrize(
    ("text", "root", "source", "target"),
    [
        (
            "In Windhuk lehnte die Regierung das Angebot ab. Auch die Oppositionspartei Volksfront "
            "verlangte von Deutschland mehr Geld.",
            "10",
            "NAMOPP",
            "DEU",
        ),
        (
            "Präsident Tshisekedi ließ die Wahl verschieben. Das Oppositionsbündnis Lamuka warf der "
            "Regierung in Kinshasa Wahlbetrug vor.",
            "11",
            "CODOPP",
            "COD",
        ),
    ],
)
def test_an_opposition_party_named_by_its_kind_is_the_states_opposition(text, root, source, target):
    found = {
        (e.source.actor_code, e.target and e.target.country)
        for e in events_of(text, DATE, keep_implausible=True)
        if e.code.startswith(root) and e.source is not None
    }
    assert (source, target) in found
