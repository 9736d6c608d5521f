"""What a speaker says another side must or should do is the speaker's demand on that side (10), and the act
demanded is hypothetical: indirect speech in the subjunctive of "müssen" and "sollen"."""

from __future__ import annotations

from tests.event_tuples import coded_events

DATE = "2024-05-01"


def test_a_state_said_to_have_to_withdraw_is_asked_to():
    events = coded_events("Russland müsse seine Truppen sofort abziehen, sagte Baerbock.", DATE)
    assert ("100", "DEU", "RUS", "asserted") in events
    # the withdrawal is demanded, not done
    assert all(modality == "hypothetical" for code, *_, modality in events if code.startswith("08"))


def test_what_a_state_should_do_is_demanded_of_it():
    events = coded_events(
        "Washington solle die Sanktionen gegen Kuba aufheben, sagte der mexikanische Präsident.", DATE
    )
    assert ("100", "MEX", "USA", "asserted") in events
