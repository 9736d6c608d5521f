""" "lassen" with a bare "gehen", "ziehen" or "laufen" lets a captive go: it is coded as "freilassen" (0841),
the releasing state the source, the captive's state the target (`events.trigger_particles`). New
sentences, not from any gold set."""

import pytest

from tests.event_tuples import coded_events

DATE = "2026-03-10"


def _releases(text: str) -> set[tuple]:
    return {event for event in coded_events(text, DATE, keep_implausible=True) if event[0] == "0841"}


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        # Präteritum: the infinitive closes the clause like a separated particle
        ("Ankara ließ die beiden dänischen Studenten nach drei Monaten gehen.", "asserted"),
        # Perfekt with the substitute infinitive: "hat … ziehen lassen"
        ("Die türkischen Behörden haben den dänischen Reporter am Montag ziehen lassen.", "asserted"),
        ("Die Türkei hat den dänischen Reporter überraschend laufen lassen.", "asserted"),
        # a modal makes it an intention, not a release that happened
        ("Die Türkei will den dänischen Reporter in den nächsten Tagen gehen lassen.", "future"),
    ],
)
def test_letting_a_captive_go_is_a_release(text, modality):
    assert ("0841", "TUR", "DNK", modality) in _releases(text)


def test_letting_oneself_go_is_no_release():
    assert not _releases("Der türkische Präsident ließ sich nach der Wahl gehen.")


def test_running_into_something_is_no_release():
    # "ins Leere laufen lassen": letting a request come to nothing
    assert not _releases("Moskau ließ die Bitte der dänischen Regierung ins Leere laufen.")
