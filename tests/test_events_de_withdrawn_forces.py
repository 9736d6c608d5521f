"""Forces withdrawn from the country that hosts them end a presence (166); forces pulled back from ground,
a region or a site, and an army's formations leaving a war, retreat (0874) (`withdrawn_forces.py`)."""

from functools import partial

import pytest

from tests.event_tuples import coded_events

_events = partial(coded_events, date="2024-05-01")


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Frankreich hat mit dem Abzug aus dem Tschad begonnen.", "FRA", "TCD"),
        ("Die USA ziehen ihre Soldaten aus Deutschland ab.", "USA", "DEU"),
        ("Das Pentagon bestätigte, die rund 75 Elitesoldaten aus dem Tschad abzuziehen.", "USA", "TCD"),
    ],
)
def test_forces_leaving_a_host_country_are_withdrawn(text, source, target):
    codes = {(code, s, t) for code, s, t, _ in _events(text)}
    assert ("166", source, target) in codes
    assert not any(code.startswith("087") for code, _, _ in codes)


@pytest.mark.parametrize(
    "text",
    [
        "Russland zog seine Truppen aus dem Kraftwerk in der Ukraine ab.",
        "Zyperns Präsident verlangte, Ankara müsse seine Truppen aus dem Norden der Insel abziehen.",
        "Der Abzug der russischen Truppen aus der Ukraine begann.",
    ],
)
def test_forces_pulled_back_from_ground_retreat(text):
    codes = [code for code, _, _, _ in _events(text)]
    assert any(code.startswith("087") for code in codes)
    assert "166" not in codes


def test_an_organisations_mission_leaving_a_state_is_withdrawn():
    # an organisation has no home: the state its peacekeepers leave hosted a mission
    text = "Die UN beschlossen den Abzug ihrer Blauhelmmission aus Mali."
    assert ("166", "IGOUNO", "MLI") in {(code, s, t) for code, s, t, _ in _events(text)}


@pytest.mark.parametrize(
    ("text", "code", "source", "target"),
    [
        (
            "Eritrea und Dschibuti streiten seit Jahren um die Grenze. Beide Seiten wollen nun ihre schweren"
            " Waffen von der Grenze abziehen.",
            "087",
            "ERI",
            "DJI",
        ),
        (
            "Eritrea und Dschibuti streiten seit Jahren um die Grenze. Dschibuti zog seine Artillerie aus dem"
            " Grenzgebiet zurück.",
            "087",
            "DJI",
            "ERI",
        ),
        ("Die USA wollen ihre Atomwaffen aus Belgien abziehen.", "166", "USA", "BEL"),
    ],
)
def test_weapons_pulled_back_from_a_border_disengage(text, code, source, target):
    # heavy weapons pulled back "von der Grenze" leave ground, not a host (087); nuclear weapons an ally
    # hosts are withdrawn from it (166)
    events = {(c[:3], s, t) for c, s, t, _ in _events(text)}
    assert (code, source, target) in events
