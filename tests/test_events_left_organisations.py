"""Leaving an organisation, a union or a treaty by "verlassen" reduces relations (160), as "austreten" does:
the lexicon names the bodies and pacts a state leaves, not only the military alliances."""

from tests.event_tuples import coded_events

DATE = "2025-01-21"


def test_a_state_leaving_a_world_organisation_reduces_relations():
    events = coded_events("Argentinien verlässt die Weltgesundheitsorganisation.", DATE, True)
    assert [(c[:3], s) for c, s, _, _ in events] == [("160", "ARG")]


def test_a_state_leaving_a_treaty_reduces_relations():
    events = coded_events("Die Regierung in Washington verließ im Sommer das Abkommen.", DATE, True)
    assert ("160", "USA") in {(c, s) for c, s, _, _ in events}
