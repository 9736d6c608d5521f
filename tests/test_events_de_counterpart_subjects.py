"""A co-subject named as the other side's holder of one's office ("und sein japanischer Amtskollege")
is that state's side of the act (`events/counterpart_subjects.py`); sentences written for this test."""

from tests.event_tuples import coded_events

DATE = "2024-09-18"


def _pairs(text: str, code: str) -> set[tuple]:
    return {(source, target) for c, source, target, _ in coded_events(text, DATE, True) if c == code}


def test_an_unnamed_counterpart_beside_the_signatory_signs_for_its_state():
    text = (
        "Der indische Außenminister und sein japanischer Amtskollege unterzeichneten in Tokio ein Abkommen."
    )
    assert {("IND", "JPN"), ("JPN", "IND")} <= _pairs(text, "057")


def test_a_counterpart_without_a_state_adds_no_side():
    text = "Der indische Außenminister und sein Amtskollege unterzeichneten in Tokio ein Abkommen."
    assert not any("JPN" in pair for pair in _pairs(text, "057"))
