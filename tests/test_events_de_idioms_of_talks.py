"""Senses of a verb of talks or of urging that hold no act (`sense_filters.another_sense`): "wäre gut
beraten, …" is advice to the subject, "mit einer Stimme sprechen" a side's unity, "drängte das Schiff aus der
Zone" a push; the verbs stay talks and appeals otherwise."""

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


def test_pushing_bodies_out_of_a_place_or_crowding_is_no_appeal():
    def appeals(text):
        return [event for event in _events(text) if event[0].startswith("02")]

    assert not appeals(
        "Die Küstenwache hat erst im Oktober ein chinesisches Patrouillenschiff aus der Wirtschaftszone gedrängt."
    )
    assert not appeals("Das Regime in Minsk hat Tausende Oppositionelle außer Landes gedrängt.")
    assert not appeals("Vor der Botschaft in Kiew drängen sich Hunderte Ukrainer.")


def test_urging_a_state_stays_an_appeal():
    assert ("026", "USA", "EGY", "asserted") in _events(
        "Washington drängte die Regierung in Kairo zu Verhandlungen."
    )
    assert ("0256", "USA", "ISR", "asserted") in _events(
        "Washington drängte Israel nach dem Angriff zur Zurückhaltung."
    )
