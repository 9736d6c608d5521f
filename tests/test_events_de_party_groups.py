"""A party's group in parliament named by the party ("die SVP-Fraktion", "die AKP-Fraktion") acts for the
party's state: the compound's prefix places it like "CDU-Außenpolitiker"."""

from __future__ import annotations

from tests.event_tuples import country_events


def _events(text: str) -> list[tuple]:
    """(CAMEO root, source state, target state) of every event, in order."""
    return [(code[:2], source, target) for code, source, target, _ in country_events(text, "2024-05-10")]


def test_a_party_group_accuses_the_government_of_its_state():
    text = "Die SVP-Fraktion warf dem Bundesrat in Bern vor, die Bauern im Stich zu lassen."
    assert ("11", "CHE", "CHE") in _events(text)


def test_a_party_group_of_another_state_than_the_article_names_first():
    text = "Schweden wartet auf die Ratifizierung. Die AKP-Fraktion verlangte von Stockholm weitere Zusagen."
    assert ("10", "TUR", "SWE") in _events(text)
