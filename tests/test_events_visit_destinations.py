"""A visit is to someone (CAMEO 042): a trip whose destination names no actor is too little to code
(coder._source_target_pairs), one to a named state or its capital is a visit of that state. A journey
that takes its owner somewhere ("Seine erste Reise führte ihn nach Ankara") visits it (`journeys_led`)."""

import pytest

from lagebild.events.arguments import ActorIndex, destination, side_of
from lagebild.pipeline import get_pipeline
from tests.event_tuples import coded_events

DATE = "2024-05-02"


def _visits(text: str) -> list[tuple[str | None, str | None]]:
    return [(source, target) for code, source, target, _ in coded_events(text, DATE) if code == "042"]


@pytest.mark.parametrize(
    "text",
    [
        "Der serbische Außenminister will am Freitag in die Region reisen.",
        "Der Präsident Kenias reiste am Montag in den Norden des Landes.",
    ],
)
def test_a_trip_to_no_actor_is_no_visit(text):
    assert _visits(text) == []


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "Der slowakische Außenminister will am Montag nach Nairobi reisen, um dort zu verhandeln.",
            ("SVK", "KEN"),
        ),
        ("Bundeskanzler Scholz besuchte am Montag Warschau.", ("DEU", "POL")),
    ],
)
def test_a_visit_to_a_named_state_stays(text, visit):
    assert _visits(text) == [visit]


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        ("Der kanadische Außenminister reiste am Montag überraschend nach Brüssel.", ("CAN", "IGOEUREEC")),
        ("Vor dem Nato-Gipfel reiste der kanadische Außenminister nach Brüssel.", ("CAN", "IGOWSTNAT")),
    ],
)
def test_a_trip_to_brussels_visits_the_eu_or_the_alliance_the_sentence_names(text, visit):
    assert _visits(text) == [visit]


def test_a_trip_noun_finds_the_destination_the_parse_hung_on_the_verb():
    doc = get_pipeline("de")(
        "Die Regierung hat die Reise des ungarischen Kanzlers Péter Tóth nach Moskau verurteilt."
    )
    words = {token.text: token for token in doc}
    words["Moskau"].head, words["Moskau"].dep_ = words["verurteilt"], "obl"
    assert side_of(destination(words["Reise"], ActorIndex(doc))) == "RUS"


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "Kenias Präsident William Ruto sprach von einer neuen Ära. Seine erste Auslandsreise führte ihn nach Addis Abeba.",
            ("KEN", "ETH"),
        ),
        ("Die Kanzlerin hat ihre erste Reise als Regierungschefin nach Warschau geführt.", ("DEU", "POL")),
    ],
)
def test_a_journey_that_takes_its_owner_somewhere_visits_it(text, visit):
    assert visit in _visits(text)


def test_a_trail_that_leads_somewhere_is_no_visit():
    assert _visits("Die Spur der Hacker führt nach Moskau.") == []
