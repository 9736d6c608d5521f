"""A call into the open ("rief zur Zurückhaltung auf") has no target: not the state named just before
(events/targets_public_calls.py); one with an addressee keeps it."""

from tests.event_tuples import events_of, state_or_igo

DATE = "2026-11-20"
BEFORE = "Die Armee Myanmars hat am Montag Dörfer an der Grenze zu Thailand bombardiert. "


def _appeals(text: str) -> set[tuple]:
    return {
        (state_or_igo(e.source), state_or_igo(e.target))
        for e in events_of(text, DATE, keep_implausible=True)
        if e.code.startswith("02")
    }


def test_a_call_to_no_one_takes_no_target_from_before():
    assert _appeals(BEFORE + "Peking rief zur Zurückhaltung auf.") == {("CHN", None)}


def test_a_call_to_a_named_state_keeps_it():
    assert _appeals(BEFORE + "Peking rief Myanmar zur Zurückhaltung auf.") == {("CHN", "MMR")}


def test_a_request_still_goes_to_the_state_named_before():
    assert _appeals(BEFORE + "Bangkok bat um Hilfe.") == {("THA", "MMR")}
