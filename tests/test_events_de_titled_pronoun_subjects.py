"""A subject pronoun goes on with the subject of the sentence before also where that subject is named
after its title ("Der Präsident Lula traf Macron. Er …"), which the parse hangs in apposition from the
title noun; an object pronoun keeps the person named nearest (`actor_references.nearest_subject_first`)."""

from tests.event_tuples import coded_events

DATE = "2025-03-04"
VISIT = (
    "Der brasilianische Präsident Lula empfing am Montag den französischen Präsidenten Macron in Brasília. "
)


def test_er_as_subject_is_the_titled_subject_before():
    events = coded_events(VISIT + "Er kündigte neue Sanktionen gegen Venezuela an.", DATE)
    assert ("163", "BRA", "VEN", "future") in events
    assert not any(source == "FRA" and target == "VEN" for _, source, target, _ in events)


def test_er_as_subject_is_the_title_named_subject_without_article():
    events = coded_events(
        "Präsident Lula empfing am Montag Macron in Brasília. Er kritisierte Venezuela scharf.", DATE
    )
    assert ("111", "BRA", "VEN", "asserted") in events


def test_object_pronoun_keeps_the_person_named_nearest():
    events = coded_events(VISIT + "Venezuela protestierte gegen ihn.", DATE)
    assert ("141", "VEN", "FRA", "asserted") in events
