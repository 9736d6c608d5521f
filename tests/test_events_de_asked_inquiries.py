"""An inquiry or an account a demand asks for (`events/asked_inquiries.py`): an inquiry asked of no one
is an unnamed party's into the demand's target, one asked of an addressee the addressee's own, and an
account asked of someone is information it would give the asker (064), all hypothetical."""

from functools import partial

from tests.event_tuples import keyed_events

_by_root = partial(keyed_events, date="2025-03-04")


def test_an_inquiry_asked_of_no_one_is_into_the_condemned_party():
    events = _by_root(
        "Guterres verurteilte die Angriffe der sudanesischen Armee und verlangte eine unabhängige Untersuchung."
    )
    assert (None, "09", "SDN", "hypothetical") in events


def test_an_inquiry_is_into_the_party_of_the_sentence_before():
    events = _by_root(
        "Die Armee Myanmars beschoss ein Dorf. Guterres verlangte eine unabhängige Untersuchung."
    )
    assert (None, "09", "MMR", "hypothetical") in events


def test_an_inquiry_an_appeal_asks_of_its_addressee_is_the_addressee_s_own():
    events = _by_root("Die EU rief Minsk zu einer unabhängigen Untersuchung der Festnahmen auf.")
    assert ("BLR", "09", "BLR", "hypothetical") in events


def test_the_framework_of_an_inquiry_is_not_what_it_is_into():
    events = _by_root("Warschau verlangte eine Untersuchung unter dem Dach der OSZE.")
    assert not any(root == "09" for _, root, _, _ in events)


def test_an_account_asked_of_a_state_is_information_it_owes_each_asker():
    events = _by_root("Kolumbien und Peru verlangten von Peking Aufklärung.")
    assert ("CHN", "06", "COL", "hypothetical") in events
    assert ("CHN", "06", "PER", "hypothetical") in events


def test_an_account_asked_of_no_one_gives_no_information_event():
    events = _by_root("Irland forderte nach der Landung der Maschine in Minsk Aufklärung.")
    assert not any(root == "06" for _, root, _, _ in events)
