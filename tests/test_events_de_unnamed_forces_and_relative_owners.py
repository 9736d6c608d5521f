"""Sources named without their state: a state's government troops, units and investigators named bare
("Regierungstruppen griffen … an", "Die Einheiten zogen ab", "Ermittler durchsuchten …") are the forces
of the state the passage is about; a relative possessive ("Kroatien, dessen Regierung …") points back
to the name before its clause, not to one inside it."""

from __future__ import annotations

import pytest

from tests.event_tuples import source_states

DATE = "2025-03-01"


@pytest.mark.parametrize(
    ("text", "root", "state"),
    [
        # bare government troops: the state of the passage, not the rebels'
        (
            "Im Norden Malis halten die Kämpfe an. Regierungstruppen griffen am Morgen die Stellungen der "
            "Dschihadisten bei Timbuktu an.",
            "19",
            "MLI",
        ),
        # definite units that withdraw: the army of the state named before
        (
            "Boliviens Armee hatte am Vormittag den Platz vor dem Regierungspalast besetzt. Präsident Luis "
            "Arce verlangte den Rückzug. Die Einheiten zogen am Abend wieder ab.",
            "08",
            "BOL",
        ),
        # bare investigators searching: the state's police
        (
            "In Ecuador wächst der Druck auf die Drogenbanden. Ermittler durchsuchten am Dienstag mehrere "
            "Gefängnisse in Guayaquil.",
            "09",
            "ECU",
        ),
    ],
)
def test_bare_forces_act_for_the_state_of_the_passage(text, root, state):
    assert state in source_states(text, DATE, root)


@pytest.mark.parametrize(
    ("text", "root", "state"),
    [
        # "dessen Regierung" right after a state: that state's government
        (
            "Mit Slowenien, dessen Regierung seit Monaten eine Überprüfung der Grenzkontrollen fordert, "
            "will Wien noch im Frühjahr sprechen.",
            "10",
            "SVN",
        ),
        # a name inside the relative clause is not the owner: the man the clause is about is
        (
            "Beobachter fragen, was nun Gustavo Petro tun werde, der Daniel Ortega einen Autokraten nennt "
            "und dessen Regierung die Ausweisung der Journalisten verurteilt hat.",
            "11",
            "COL",
        ),
    ],
)
def test_relative_possessive_points_back_to_the_name_before_its_clause(text, root, state):
    assert state in source_states(text, DATE, root)
