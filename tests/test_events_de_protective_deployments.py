"""Forces sent into another state are protection of the host (074); forces moved to a border, a sea or
within the own country keep the show of force (154) (`protective_deployments.py`)."""

from functools import partial

import pytest

from tests.event_tuples import coded_events

_events = partial(coded_events, date="2024-05-01")


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Uganda hat Spezialeinheiten in die südsudanesische Hauptstadt verlegt.", "UGA", "SSD"),
        ("Kenia ließ Soldaten nach Haiti verlegen.", "KEN", "HTI"),
        (
            "Frankreich verlegte zwei Kampfflugzeuge nach Kreta, um die griechische Marine zu unterstützen.",
            "FRA",
            "GRC",
        ),
        # a request or a purpose the sending answers is no place the forces stop at
        ("Auf Bitten aus Bamako schickte Russland Soldaten nach Mali.", "RUS", "MLI"),
        ("Russland verlegte Kampfjets zur Unterstützung Haftars nach Libyen.", "RUS", "LBY"),
    ],
)
def test_forces_sent_into_another_state_protect_it(text, source, target):
    codes = {(code, s, t) for code, s, t, _ in _events(text)}
    assert ("074", source, target) in codes
    assert not any(code == "154" for code, _, _ in codes)


@pytest.mark.parametrize(
    "text",
    [
        "Die Polen haben rund 15 000 Soldaten an die Grenze zu Belarus verlegt.",
        "Moskau verlegte weitere Einheiten in die Grenzregion zur Ukraine.",
        "Spanien ließ Soldaten und Radpanzer an die Grenze zu Marokko verlegen.",
        "Großbritannien schickte eine Fregatte in den Persischen Golf vor die Küste Irans.",
    ],
)
def test_forces_moved_to_a_line_or_an_area_keep_the_show_of_force(text):
    codes = [code for code, _, _, _ in _events(text)]
    assert "154" in codes
    assert "074" not in codes
