"""Europe named as a side: "Europa" as the party of a clause and "die Europäer" are the EU, the continent
as a place is no actor (`lagebild.pipeline.actor_europe`)."""

from tests.event_tuples import coded_events


def test_europe_as_the_subject_is_the_eu():
    events = coded_events(
        "Europa sollte die Strafzölle gegen Peking erhöhen.", "2024-05-10", keep_implausible=True
    )
    assert any(source == "IGOEUREEC" and target == "CHN" for _, source, target, _ in events)


def test_the_europeans_are_the_eu_without_the_eu_named():
    events = coded_events(
        "Die Europäer verhandeln mit Teheran über das Atomprogramm.", "2024-05-10", keep_implausible=True
    )
    assert any(
        code.startswith("04") and (source, target) == ("IGOEUREEC", "IRN")
        for code, source, target, _ in events
    )


def test_europe_as_a_place_is_no_actor():
    events = coded_events(
        "In Europa demonstrierten Tausende gegen Russland.", "2024-05-10", keep_implausible=True
    )
    assert all(source != "IGOEUREEC" for _, source, _, _ in events)


def test_counted_europeans_are_no_side():
    events = coded_events("Drei Europäer kritisierten Moskau scharf.", "2024-05-10", keep_implausible=True)
    assert all(source != "IGOEUREEC" for _, source, _, _ in events)
