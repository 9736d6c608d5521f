"""Reported speech introduced by an impersonal speaker phrase ("hieß es aus dem Außenministerium"): the
office named without its state speaks for the state the passage is about (`pipeline.actor_impersonal`)."""

import pytest

from tests.event_tuples import coded_events


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Am Abend zog Litauen seinen Botschafter aus Minsk ab. Aus dem Außenministerium hieß es, "
            "Belarus trage die volle Verantwortung für die Krise.",
            ("112", "LTU", "BLR", "asserted"),
        ),
        (
            "Am Abend zog Litauen seinen Botschafter aus Minsk ab. Ein Abbruch der Beziehungen sei "
            "nicht geplant, hieß es aus dem Außenministerium.",
            ("160", "LTU", "BLR", "negated"),
        ),
    ],
)
def test_office_named_in_the_speaker_phrase_speaks_for_the_passages_state(text, event):
    assert event in coded_events(text, "2024-05-02")


def test_government_circles_speak_for_the_government_acting_before():
    text = (
        "Am Abend zog Litauen seinen Botschafter aus Minsk ab. Ein Abbruch der Beziehungen sei nicht "
        "geplant, hieß es aus Regierungskreisen."
    )
    assert ("160", "LTU", "BLR", "negated") in coded_events(text, "2024-05-02")


def test_government_circles_named_by_a_state_adjective_are_that_states():
    text = (
        "Am Abend zog Litauen seinen Botschafter aus Minsk ab. Ein Abbruch der Beziehungen sei nicht "
        "geplant, hieß es in polnischen Regierungskreisen."
    )
    assert not any(
        code == "160" and source == "LTU" for code, source, _, _ in coded_events(text, "2024-05-02")
    )


@pytest.mark.parametrize("document", ["in der Note", "in seiner Mitteilung", "in der Abschlusserklärung"])
def test_a_cited_text_speaks_for_the_body_that_issued_it(document):
    text = (
        "Das kanadische Außenministerium bestellte am Montag den Botschafter ein. Man wolle die "
        f"Zusammenarbeit mit Polen dennoch ausbauen, hieß es {document}."
    )
    assert any(
        source == "CAN" and target == "POL" for _, source, target, _ in coded_events(text, "2024-05-02")
    )
