"""A reaction announced to any or to a case of the other side's conduct is held out, not planned
(conditional_reactions.py); the threat it makes stays asserted: sentences written for the tests."""

from lagebild import analyze


def events(text: str) -> set[tuple[str, str]]:
    return {(e.code[:2], e.modality) for e in analyze(text, date="2024-05-02", lang="de").events}


def test_a_reaction_to_any_case_is_hypothetical():
    text = "Seoul erklärte, man werde auf jede Provokation entschlossen antworten."
    assert ("16", "hypothetical") in events(text)


def test_a_reaction_to_a_case_not_yet_given_is_hypothetical_and_still_threatens():
    text = "Der Kremlsprecher erklärte, Russland werde auf eine Stationierung von Nato-Truppen in Finnland reagieren."
    assert {("16", "hypothetical"), ("13", "asserted")} <= events(text)


def test_a_reaction_to_a_given_act_stays_announced():
    text = "Russland werde auf die Ausweisung seiner Diplomaten reagieren, sagte der Kremlsprecher."
    assert ("16", "future") in events(text)
