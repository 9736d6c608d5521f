"""Refusing to yield to no thing of a kind ("werde sich keinem Druck beugen") has no target guessed from
before (events/targets_refused_kinds.py); a rejection of a thing done just before keeps its target."""

from tests.event_tuples import events_of, state_or_igo

DATE = "2026-11-20"
BEFORE = "Die USA haben am Montag neue Zölle gegen Indien verhängt. "


def _targets(text: str, root: str) -> set[tuple]:
    return {
        (state_or_igo(e.source), state_or_igo(e.target))
        for e in events_of(text, DATE, keep_implausible=True)
        if e.code.startswith(root)
    }


def test_yielding_to_no_pressure_is_aimed_at_no_one():
    assert _targets(BEFORE + "Neu-Delhi werde sich keinem Druck beugen, sagte ein Sprecher.", "12") == {
        ("IND", None)
    }


def test_rejecting_what_was_done_before_keeps_its_doer():
    assert _targets(BEFORE + "Indien wies die Zölle zurück.", "12") == {("IND", "USA")}
