"""A call into the open ("rief zur Zurückhaltung auf") has no target: not the state named just before
(events/targets_public_calls.py); one with an addressee keeps it. So has an appeal to a class of states
that names none of them ("rief die Partner auf"): not the state its clause asks them to act on."""

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


def test_an_appeal_to_partners_is_not_aimed_at_the_state_to_be_isolated():
    assert _appeals(BEFORE + "Kiew rief die Partner auf, Myanmar politisch zu isolieren.") == {("UKR", None)}


def test_an_appeal_to_the_international_community_is_not_aimed_at_the_state_to_be_helped():
    text = BEFORE + "Bangkok rief die internationale Gemeinschaft auf, den Flüchtlingen beizustehen."
    assert _appeals(text) == {("THA", None)}


def test_an_appeal_to_partners_of_a_named_union_keeps_the_union():
    text = BEFORE + "Die Regierung in Bangkok rief die Partner in der EU auf, Sanktionen zu verhängen."
    assert _appeals(text) == {("THA", "IGOEUREEC")}


def test_an_appeal_to_both_neighbours_keeps_the_sides():
    assert _appeals(BEFORE + "Bangkok rief beide Nachbarn zur Zurückhaltung auf.") == {("THA", "MMR")}
