"""A measure a government weighs (014 "prüft", "erwägt") is also coded as the measure itself,
hypothetical, by the one weighing it against the party named (`considered_measures`); so is a
recognition it weighs."""

from tests.event_tuples import coded_events

DATE = "2024-05-02"


def test_weighed_sanctions_are_a_hypothetical_measure_of_the_one_weighing_them():
    events = coded_events("Kanada erwägt neue Strafmaßnahmen gegen Venezuela.", DATE)
    assert ("163", "CAN", "VEN", "hypothetical") in events
    # the consideration itself stays
    assert any(code == "014" and source == "CAN" for code, source, *_ in events)


def test_a_weighed_import_ban_is_aimed_at_the_state_of_the_goods():
    events = coded_events("Australien prüft ein Einfuhrverbot für chinesische Kohle.", DATE)
    assert any(
        code.startswith("16") and (s, t, m) == ("AUS", "CHN", "hypothetical") for code, s, t, m in events
    )


def test_weighed_sanctions_against_no_one_named_here_are_not_guessed():
    assert not [e for e in coded_events("Kanada erwägt eigene Sanktionen.", DATE) if e[0].startswith("16")]


def test_a_weighed_recognition_is_a_hypothetical_recognition_by_the_one_weighing_it():
    events = coded_events("Irland und Belgien hatten erklärt, eine Anerkennung Palästinas zu prüfen.", DATE)
    assert {("054", "IRL", "PSE", "hypothetical"), ("054", "BEL", "PSE", "hypothetical")} <= set(events)
    assert ("014", "IRL", "PSE", "asserted") in events
