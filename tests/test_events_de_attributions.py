"""The noun phrase after a report's source ("nach Angaben von Diplomaten Sanktionen …") belongs to the
verb, not to "Angaben" (`pipeline/attributions.py`)."""

from lagebild.pipeline import get_pipeline
from tests.event_tuples import coded_events


def _parse(text: str):
    return get_pipeline("de")(text)


def test_the_phrase_after_the_source_is_the_verbs_object():
    doc = _parse("Die EU prüft nach Angaben von Diplomaten Sanktionen gegen Ruanda.")
    sanctions = next(t for t in doc if t.text == "Sanktionen")
    assert (sanctions.head.text, sanctions.dep_) == ("prüft", "obj")


def test_the_reporter_stays_with_the_source():
    doc = _parse("Die EU prüft nach Angaben von Diplomaten Sanktionen gegen Ruanda.")
    assert next(t for t in doc if t.text == "Diplomaten").head.text == "Angaben"


def test_the_recovered_object_gives_the_consideration_its_target():
    events = coded_events("Kanada prüft nach Angaben von Diplomaten Sanktionen gegen Ruanda.", "2024-05-02")
    assert ("014", "CAN", "RWA", "asserted") in events
