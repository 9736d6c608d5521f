"""A party's politician named by a portfolio ("ÖVP-Wehrsprecher", "Grünen-Europapolitikerin",
"SPD-Wehrexperte") acts for the party's state, as "CDU-Außenpolitiker" does; a state's prefix on an
office ("Kreml-Sprecher", "US-Außenminister") gives its holder that state."""

import pytest

from lagebild.pipeline.actor_lexicon import parse_role_de
from tests.event_tuples import coded_events


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("ÖVP-Wehrsprecher Franz Gruber kritisierte Russland scharf.", "AUT"),
        ("Die Grünen-Europapolitikerin Anna Becker kritisierte Russland scharf.", "DEU"),
        ("SPD-Wehrexperte Klaus Becker kritisierte Russland scharf.", "DEU"),
        ("Kreml-Sprecher Iwan Petrow kritisierte Polen scharf.", "RUS"),
        ("US-Außenminister John Miller kritisierte Russland scharf.", "USA"),
    ],
)
def test_the_prefix_of_a_title_gives_its_holder_the_state(text, state):
    critic = "POL" if state == "RUS" else "RUS"
    assert ("111", state, critic, "asserted") in coded_events(text, "2024-05-01", keep_implausible=True)


def test_a_portfolio_politician_needs_a_party_prefix():
    """An expert without a party may be an analyst; "US-" names a state's offices, not its experts."""
    assert parse_role_de("Wehrexperte") is None
    assert parse_role_de("US-Wehrexperte") is None
    assert parse_role_de("Grünen-Außenexpertinnen").base == "Außenexperte"
