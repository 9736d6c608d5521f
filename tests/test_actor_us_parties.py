"""Bare "Demokraten" and "Republikaner" are the US parties in an article that names the United States,
also without a determiner; elsewhere they stay nobody."""

import pytest

from tests.event_tuples import coded_events

DATE = "2024-05-10"


@pytest.mark.parametrize(
    "text",
    [
        "Washington hat den Verkauf von Kampfjets an Katar gebilligt. "
        "Die Republikaner im Senat kritisierten das Geschäft als leichtfertig.",
        "Präsident Trump hat neue Zölle auf Stahl aus Kanada verhängt. "
        "Demokraten kritisierten die Entscheidung als Angriff auf einen Verbündeten.",
    ],
)
def test_party_members_in_an_american_story_are_the_usa(text):
    events = coded_events(text, DATE, keep_implausible=True)
    assert any(code.startswith("11") and source == "USA" for code, source, _, _ in events)


def test_republicans_of_a_story_without_the_usa_are_nobody():
    text = "In Paris tagte die Nationalversammlung. Die Republikaner kritisierten den Haushalt der Regierung scharf."
    events = coded_events(text, DATE, keep_implausible=True)
    assert not any(source == "USA" for _, source, _, _ in events)
