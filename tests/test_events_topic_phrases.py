"""A partner named within what is talked about ("über den Dialog mit Pristina") is the topic's, not the
partner of the talks: two leaders who speak about it meet each other."""

from __future__ import annotations

from tests.event_tuples import coded_dyads


def test_a_partner_inside_the_topic_is_no_partner_of_the_talks():
    dyads = coded_dyads(
        "Macron und Scholz sprachen außerdem über den stockenden Dialog mit Pristina.", "2024-05-01"
    )
    assert dyads == {("040", "FRA", "DEU"), ("040", "DEU", "FRA")}
