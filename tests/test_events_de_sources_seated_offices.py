"""An office named only by its seat ("ein Sprecher in Peking", "der Sprecher in Moskau") acts for the state
of that capital, as an institution seated there does ("die Regierung in Vilnius"): the capital is the
source, not the object after the verb."""

import pytest

from tests.event_tuples import state_pairs


@pytest.mark.parametrize(
    ("text", "code", "pair"),
    [
        ("Ein Sprecher in Peking kritisierte die USA scharf.", "111", ("CHN", "USA")),
        ("Der Sprecher in Moskau wies die Vorwürfe Kiews zurück.", "016", ("RUS", "UKR")),
        ("Eine Sprecherin in Ankara verurteilte den Beschluss Athens.", "111", ("TUR", "GRC")),
    ],
)
def test_office_seated_in_a_capital_acts_for_its_state(text, code, pair):
    assert pair in state_pairs(text, "2024-05-02", code)


def test_envoy_in_a_capital_is_posted_there_not_its_government():
    # an ambassador "in Berlin" is a foreign state's: Berlin is no source of the act
    pairs = state_pairs("Der Botschafter in Berlin kritisierte die Türkei scharf.", "2024-05-02", "111")
    assert ("DEU", "TUR") not in pairs
