"""States and bodies named again without their name: by the kind of state ("das Emirat", "das
Königreich", "der Golfstaat"); a unit of a state's forces after its adjective ("die ecuadorianischen
Polizeieinheiten"); the UN's court by its name ("der Internationale Gerichtshof"); a government by its
palace ("die Casa Rosada") and China by its epithet ("das Reich der Mitte")."""

from __future__ import annotations

import pytest

from lagebild import analyze
from tests.entity_mentions import mentioned_entity


def _events(text: str) -> set[tuple]:
    doc = analyze(text, date="2024-05-10", lang="de")
    return {(e.code[:2], e.source and e.source.country, e.target and e.target.country) for e in doc.events}


@pytest.mark.parametrize(
    "text, dyad",
    [
        # the emirate named before
        (
            "Kuwait hat den Botschafter Syriens einbestellt. Das Emirat verurteilte Damaskus scharf.",
            ("KWT", "SYR"),
        ),
        # a kingdom skips the republic named after it
        ("Jordanien hat mit Ägypten über Gaza beraten. Das Königreich verurteilte Israel.", ("JOR", "ISR")),
        # a Gulf state, not the state it criticised
        ("Der Iran hat Bahrain bedroht. Der Golfstaat warf Teheran Einmischung vor.", ("BHR", "IRN")),
    ],
)
def test_a_kind_of_state_is_the_state_of_that_kind_named_before(text, dyad):
    assert ("11", *dyad) in _events(text)


@pytest.mark.parametrize(
    "text, words, actor_code",
    [
        ("Die ecuadorianischen Polizeieinheiten nahmen vier Kolumbianer fest.", "Die ecuadorianischen Polizeieinheiten", "ECUCOP"),
        ("Der Internationale Gerichtshof verurteilte Serbien wegen der Verletzung der Konvention.", "Internationale Gerichtshof", "IGOUNOJUD"),
        ("Die Casa Rosada verurteilte die Festnahme des argentinischen Reporters in Caracas.", "Casa Rosada", "ARGGOV"),
    ],
)  # fmt: skip
def test_a_body_named_by_unit_court_or_palace(text, words, actor_code):
    entity = mentioned_entity(text, words=words, date="2024-05-10")
    assert entity is not None and entity.actor_code == actor_code


def test_realm_of_the_middle_is_china():
    assert ("11", "CHN", "JPN") in _events("Das Reich der Mitte kritisierte Japan scharf.")
