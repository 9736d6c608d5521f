"""Talks an actor rules out ("schloss Verhandlungen mit Moskau aus") are a refusal (125, asserted) and
the talks negated, from the one who rules them out to the partner it names (`embedded_acts.py`,
`ruled_out_acts.py`)."""

import pytest

from tests.event_tuples import coded_events


@pytest.mark.parametrize(
    "sentence",
    [
        "Der georgische Präsident schließt Verhandlungen mit Armenien aus.",
        "Verhandlungen mit Armenien schließt der georgische Präsident aus, solange der Konflikt andauert.",
    ],
)
def test_talks_ruled_out_are_refused_and_negated(sentence):
    events = set(coded_events(sentence, "2024-05-01"))
    assert {("125", "GEO", "ARM", "asserted"), ("046", "GEO", "ARM", "negated")} <= events


def test_talks_ruled_out_go_one_way_also_within_a_state():
    events = coded_events(
        "Die Armeeführung in Khartum schließt Verhandlungen mit den Rebellen aus.", "2024-05-01"
    )
    assert [e for e in events if e[0] == "046"] == [("046", "SDN", "SDN", "negated")]
