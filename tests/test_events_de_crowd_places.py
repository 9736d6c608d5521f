"""Protesters and civic groups are of where their sentence says they are, not of the states they
protest against or ask of after them (`actor_crowd_places`)."""

from __future__ import annotations

import spacy

from lagebild.pipeline.actor_crowd_places import _at_site
from tests.event_tuples import country_events


def _events(text: str) -> list[tuple]:
    """(CAMEO root, source state, target state) of every event, in order."""
    return [(code[:2], source, target) for code, source, target, _ in country_events(text, "2024-11-20")]


def _accusers(text: str) -> list[str | None]:
    return [source for root, source, _ in _events(text) if root == "11"]


def test_protesters_accusing_with_a_state_in_the_genitive_are_not_its_people():
    text = (
        "Seit Tagen protestieren in Belgrad Zehntausende gegen das neue Mediengesetz. "
        "Die Demonstranten beschuldigen die EU, Ankaras Wünschen nachzugeben."
    )
    accusers = _accusers(text)
    assert accusers and set(accusers) == {"SRB"}


def test_protesters_accusing_others_of_sparing_a_state_are_not_its_people():
    text = (
        "In Tiflis versammelten sich am Abend Hunderte Studenten vor dem Parlament. "
        "Die Demonstranten warfen den europäischen Regierungen vor, Aserbaidschan zu schonen."
    )
    accusers = _accusers(text)
    assert accusers and set(accusers) == {"GEO"}


def test_a_site_is_a_place_after_in_with_at_most_an_article_and_a_place_noun_between():
    doc = spacy.blank("de")(
        "Hunderte versammelten sich in der Hauptstadt Tiflis und forderten von Moskau Hilfe"
    )
    assert _at_site(doc[6:7])  # "in der Hauptstadt Tiflis"
    assert not _at_site(doc[10:11])  # "von Moskau": what the crowd asks of, not where it is
