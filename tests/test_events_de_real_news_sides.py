"""False events and sides seen on real news (eighteenth session): an IGO title before a name makes the
person the IGO's actor, what investigators say of a case is no political event, "demonstrieren" with a
quality shown is no protest, and a dateline after a headline run into the text places the article's
bodies."""

from __future__ import annotations

import pytest

from lagebild import analyze
from tests.event_tuples import events_of, state_of

DATE = "2016-03-01"


@pytest.mark.parametrize("date", [None, DATE])
def test_an_igo_title_makes_the_named_person_the_igos_actor(date):
    text = "UNO-Generalsekretär Ban Ki Moon verurteilte am Sonntag den Angriff auf eine Schule im Jemen."
    events = analyze(text, date=date, lang="de").events
    assert [e.source.actor_code for e in events if e.code.startswith("11")] == ["IGOUNO"]


def test_a_states_envoy_to_an_igo_keeps_the_state():
    events = events_of("UN-Botschafterin Linda Thomas-Greenfield kritisierte Russland.", DATE)
    assert {(e.code[:2], state_of(e.source), state_of(e.target)) for e in events} == {("11", "USA", "RUS")}


@pytest.mark.parametrize(
    "text",
    [
        "In Villach brannte in der Nacht eine Lagerhalle ab. Brandstiftung schlossen die Ermittler am Montag aus.",
        "In Graz wurde ein Mann tot aufgefunden. Die Polizei bestätigte einen Bericht über einen Raubmord nicht.",
    ],
)
def test_what_investigators_say_of_a_case_is_no_event(text):
    assert not [e for e in events_of(text, DATE) if e.code.startswith(("01", "12"))]


@pytest.mark.parametrize(
    "text",
    [
        "Berlin – Die Regierung demonstriert beim Streit um die Rentenreform Geschlossenheit.",
        "Die Regierung in Prag demonstrierte nach dem Anschlag Entschlossenheit.",
    ],
)
def test_showing_unity_is_no_protest(text):
    assert not [e for e in events_of(text, DATE) if e.code.startswith("14")]


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("In Sofia demonstrierten Tausende gegen die Regierung.", "BGR"),
        ("In Sofia demonstrierten Tausende für die Freiheit der Presse.", "BGR"),
    ],
)
def test_street_protests_stay_protests(text, state):
    assert any(e.code.startswith("14") and state_of(e.source) == state for e in events_of(text, DATE))


def test_a_dateline_after_a_headline_places_the_police():
    text = (
        "Gipfel endet ohne Ergebnis. Kiew – Die Verhandlungen mit den Separatisten in Minsk sind "
        "gescheitert. Am Abend nahm die Polizei vor dem Parlament Dutzende Demonstranten fest."
    )
    arrests = [e for e in events_of(text, DATE) if e.code.startswith("17")]
    assert arrests and {state_of(e.source) for e in arrests} == {"UKR"}
