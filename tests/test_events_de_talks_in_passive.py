"""Talks told in a passive that names no one ("Über die Grenze wird verhandelt", "Verhandelt wird nicht
mehr") are held by the two sides the text was reporting on (`talks_of_sides_before.py`); what still has
to be negotiated ("muss … verhandelt werden") is talks to come (`future_acts.py`)."""

import pytest

from tests.event_tuples import coded_events

AGREEMENT = "Georgien und Armenien unterzeichneten am Montag in Wien ein Abkommen über den Handel."


def _talks(text: str) -> set[tuple]:
    return {(s, t, m) for code, s, t, m in coded_events(text, "2024-05-01") if code.startswith("04")}


@pytest.mark.parametrize(
    ("passive", "modality"),
    [
        ("Über die Zölle auf Wein wird bereits verhandelt.", "asserted"),
        ("Auch über die Öffnung der Grenzübergänge wurde gesprochen.", "asserted"),
        ("Über die Wasserrechte wurde dagegen nicht verhandelt.", "negated"),
        ("Über die Eisenbahnlinie muss aber gesondert verhandelt werden.", "future"),
    ],
)
def test_talks_in_a_passive_are_held_by_the_two_sides_before(passive, modality):
    talks = _talks(f"{AGREEMENT} {passive}")
    assert {("GEO", "ARM", modality), ("ARM", "GEO", modality)} <= talks


@pytest.mark.parametrize(
    "sentence",
    [
        # a body deliberates on its own: no talks of the two sides
        "In Brüssel wird über ein neues Hilfspaket beraten.",
        # a sentence that names an actor may name a party of the talks: left to the meeting rows
        "Der Kanzler bat darum, die Zölle auszusetzen, solange verhandelt wird.",
    ],
)
def test_a_passive_that_may_name_other_parties_is_no_talks_of_the_two_sides(sentence):
    talks = _talks(f"{AGREEMENT} {sentence}")
    assert not any({s, t} == {"GEO", "ARM"} for s, t, _ in talks)
