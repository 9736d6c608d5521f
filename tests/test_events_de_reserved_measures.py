"""A measure against another side that a state reserves itself ("behält sich vor, … zu") is held out
(hypothetical) and threatened (13x, asserted); reserving a step of one's own threatens nothing."""

from tests.event_tuples import coded_events


def test_a_reserved_measure_is_threatened():
    events = coded_events(
        "Zudem behalte sich Pakistan vor, alle bilateralen Abkommen mit Indien auszusetzen.",
        "2024-05-01",
        keep_implausible=True,
    )
    assert ("160", "PAK", "IND", "hypothetical") in events
    assert ("130", "PAK", "IND", "asserted") in events


def test_a_reserved_measure_on_a_condition_is_threatened_once():
    events = coded_events(
        "Moskau behält sich jedoch vor, aus dem Abkommen mit der Ukraine auszusteigen, sollte Kiew die Zusagen brechen.",
        "2024-05-01",
        keep_implausible=True,
    )
    assert [e for e in events if e[0].startswith("13")] == [("130", "RUS", "UKR", "asserted")]


def test_a_reserved_step_of_ones_own_threatens_nothing():
    events = coded_events(
        "Die Regierung in Kairo behält sich vor, die Entscheidung später zu treffen.",
        "2024-05-01",
        keep_implausible=True,
    )
    assert not [e for e in events if e[0].startswith("13")]
