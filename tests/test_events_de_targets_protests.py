"""Protests (root 14) whose clause names no addressee go to the protesters' own government, not to a
foreign state named elsewhere or just before; a state named in the protest's "gegen" phrase stays its
target. New sentences, not from any gold set."""

from tests.event_tuples import coded_dyads


def _protests(text: str) -> set[tuple]:
    return {
        (source, target) for code, source, target in coded_dyads(text, "2024-05-01") if code.startswith("14")
    }


def test_protest_against_a_deal_with_a_neighbour_addresses_the_own_government():
    text = (
        "Armenien und Aserbaidschan einigten sich auf eine Grenzziehung. "
        "In Jerewan demonstrierten Tausende gegen die Abtretung von Dörfern an Aserbaidschan."
    )
    assert _protests(text) == {("ARM", "ARM")}


def test_hunger_strike_answers_the_own_state_not_the_state_named_before():
    text = (
        "Der frühere Vizepräsident Jorge Glas wurde nach der Erstürmung der Botschaft Mexikos in ein "
        "Gefängnis gebracht, wo er in einen Hungerstreik trat."
    )
    assert ("ECU", "ECU") in _protests(text)


def test_general_strike_after_a_foreign_dispute_targets_the_own_government():
    text = (
        "Argentinien stritt mit Brasilien über Zölle. "
        "In Buenos Aires riefen die Gewerkschaften zu einem Generalstreik auf."
    )
    assert {target for _, target in _protests(text)} == {"ARG"}


def test_state_named_by_the_aimed_phrase_stays_the_target():
    assert _protests("Im Irak protestierten Hunderte Menschen gegen die türkische Militärpräsenz.") == {
        ("IRQ", "TUR")
    }


def test_protest_at_a_mission_targets_the_missions_state():
    assert _protests("In Toronto demonstrierten Hunderte vor indischen Konsulaten.") == {("CAN", "IND")}
