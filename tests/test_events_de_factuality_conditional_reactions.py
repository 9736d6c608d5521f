"""A reaction announced to any or to a case of the other side's conduct is held out, not planned
(conditional_reactions.py); the threat it makes stays asserted: sentences written for the tests."""

from lagebild import analyze
from tests.event_tuples import coded_events


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


def test_beantworten_any_case_of_its_object_is_held_out_and_threatens():
    # what "beantworten" answers is its accusative object: "jeden weiteren Angriff" is any case to come
    text = (
        "Aserbaidschanische Truppen beschossen armenische Grenzposten. "
        "Eriwan kündigte an, jeden weiteren Angriff zu beantworten."
    )
    coded = coded_events(text, date="2024-05-02")
    assert ("160", "ARM", "AZE", "hypothetical") in coded
    assert ("130", "ARM", "AZE", "asserted") in coded


def test_beantworten_a_given_request_is_no_case_held_out():
    text = "Das Ministerium werde eine Anfrage der Botschaft beantworten, sagte der Sprecher."
    assert ("16", "hypothetical") not in events(text)
