"""Talks asked for between two parties and mediation wanted: "X wirbt für Verhandlungen zwischen A und
B" is X's appeal to each party, and A's and B's talks are the demanded act (hypothetical), not an
appeal of A to B (`meetings.parties_asked_to_meet`); "drängte auf Gespräche" asks for the talks
(`modality`); mediation a source wants is its intent to mediate (`intentions`); a present tense the
tagger took for a headline participle is active (`arguments._headline_passive`)."""

from functools import partial

import pytest

from tests.event_tuples import coded_events

_events = partial(coded_events, date="2024-05-01")


@pytest.mark.parametrize(
    ("text", "asker", "sides"),
    [
        ("Frankreich wirbt für Verhandlungen zwischen Russland und der Ukraine.", "FRA", ("RUS", "UKR")),
        ("Die Türkei drängte auf Gespräche zwischen Armenien und Aserbaidschan.", "TUR", ("ARM", "AZE")),
    ],
)
def test_talks_asked_for_between_two_parties(text, asker, sides):
    events = _events(text)
    appeals = {(source, target) for code, source, target, modality in events if code.startswith("02")}
    assert appeals == {(asker, sides[0]), (asker, sides[1])}
    talks = [(source, target, modality) for code, source, target, modality in events if code.startswith("04")]
    assert talks and all(modality == "hypothetical" for _, _, modality in talks)
    assert {(source, target) for source, target, _ in talks} == {sides, sides[::-1]}


def test_talks_agreed_by_both_sides_stay_mutual():
    events = _events("Armenien und Aserbaidschan vereinbarten neue Gespräche.")
    assert {("ARM", "AZE"), ("AZE", "ARM")} <= {(source, target) for _, source, target, _ in events}


@pytest.mark.parametrize(
    "text",
    [
        "Katar will zwischen Israel und der Hamas vermitteln.",
        "Ägypten wolle zwischen Israel und der Hamas vermitteln.",
    ],
)
def test_mediation_a_source_wants_is_its_intent_to_mediate(text):
    events = _events(text)
    assert events and all(code == "039" and modality == "asserted" for code, _, _, modality in events)


def test_mediation_held_possible_stays_hypothetical_mediation():
    events = _events("Ägypten könnte zwischen Israel und der Hamas vermitteln.")
    assert events and all(code == "045" and modality == "hypothetical" for code, _, _, modality in events)


def test_a_present_tense_read_as_a_participle_is_no_headline_passive():
    events = _events("Die Türkei vermittelt zwischen Russland und der Ukraine.")
    assert ("045", "TUR", "RUS", "asserted") in events
