"""Calling an act or a person by a scornful name is criticism (111): "nannte die Abstimmung eine Pantomime",
"nannte den Minister einen Idioten", "bezeichnete das Urteil als voreingenommen"."""

from tests.event_tuples import coded_events

DATE = "2025-04-03"


def _criticism(text: str) -> set[tuple]:
    return {(source, target) for code, source, target, _ in coded_events(text, DATE, True) if code == "111"}


def test_a_vote_called_a_pantomime():
    assert ("FRA", "VEN") in _criticism("Macron nannte die Abstimmung in Venezuela eine Pantomime.")


def test_a_verdict_called_biased():
    text = "Die Regierung in Peking bezeichnete das Urteil des Gerichts in Manila als voreingenommen."
    assert ("CHN", "PHL") in _criticism(text)
