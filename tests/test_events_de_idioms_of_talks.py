"""Idioms with a verb of talks that hold no talks (`sense_filters.another_sense`): "wäre gut beraten, …" is
advice to the subject, "mit einer Stimme sprechen" a side's unity; both stay real talks otherwise."""

from functools import partial

from tests.event_tuples import coded_events

_events = partial(coded_events, date="2025-03-04", keep_implausible=True)


def _talks(events):
    return [event for event in events if event[0].startswith("04")]


def test_being_well_advised_is_no_consultation():
    assert not _talks(
        _events("Die Regierung in Warschau wäre gut beraten, den Streit mit Kiew rasch beizulegen.")
    )
    assert not _talks(
        _events(
            "Die Regierung in Rom wäre gut beraten, die Beziehungen zu Tunesien nicht aufs Spiel zu setzen."
        )
    )


def test_speaking_with_one_voice_is_no_talk_with_the_other_side():
    assert not _talks(_events("Die Europäer müssen gegenüber Moskau endlich mit einer Stimme sprechen."))


def test_consulting_and_speaking_with_someone_stay_talks():
    events = _events(
        "Die Außenminister Polens und Litauens haben in Vilnius über die Lage an der Grenze beraten."
    )
    assert ("040", "POL", "LTU", "asserted") in events
    assert ("040", "DEU", "UKR", "asserted") in _events("Baerbock sprach in Kiew mit Außenminister Kuleba.")
