"""A meeting noun that names no one to meet is the name of a gathering, no consultation (040); a meeting
with a partner, and a body that gathers by a verb, stay events."""

from functools import partial

from tests.event_tuples import coded_events

events = partial(coded_events, date="2024-05-10")


def test_a_requested_session_is_no_consultation():
    found = events("Die USA und Japan beantragten eine Sondersitzung des UN-Sicherheitsrats.")
    assert not any(code == "040" for code, *_ in found)


def test_a_meeting_named_as_the_setting_of_an_act_is_no_consultation():
    found = events(
        "Beim Treffen der EU-Innenminister am Montag blockierte Ungarn die geplanten Sanktionen gegen Belarus."
    )
    assert not any(code == "040" for code, *_ in found)
    # a member's veto is aimed at the union, not at the state the sanctions concern (vetoes_in_unions)
    assert ("129", "HUN", "IGOEUREEC", "asserted") in found


def test_talks_with_a_partner_are_a_consultation():
    found = events("Der Kanzler führte in Warschau Gespräche mit dem polnischen Präsidenten.")
    assert ("040", "DEU", "POL", "asserted") in found


def test_a_body_that_gathers_by_a_verb_still_meets():
    found = events("Der UN-Sicherheitsrat kommt am Montag zu einer Dringlichkeitssitzung zusammen.")
    assert any(code == "040" for code, *_ in found)
