"""Mutual events of three or more listed sides, and the words of the verbs that judge an act (issue 7).

"Serbien, Ungarn und Österreich unterzeichneten ein Abkommen" binds each signatory to each other one,
as "X und Y unterzeichneten" does both ways (the gold guidelines: symmetric events in both directions);
an object that names a partner with "mit" keeps that partner as the target of each. "hält … für" and
"wertet … als" judge an act with the same words as "nennen" and "bezeichnen als".
"""

from functools import partial

import pytest

from tests.event_tuples import coded_events, root_pairs

events = partial(coded_events, date="2024-06-03")
pairs = partial(root_pairs, date="2024-06-03")

THREE = {"SRB", "HUN", "AUT"}


def test_three_signatories_sign_with_each_other():
    found = pairs(
        "Serbien, Ungarn und Österreich unterzeichneten in Belgrad ein Abkommen zum Grenzschutz.", root="05"
    )
    assert found == {(a, b) for a in THREE for b in THREE if a != b}


def test_three_presidents_named_by_their_states_sign_with_each_other():
    text = "Am Freitag haben die Präsidenten Litauens, Lettlands und Estlands in Riga einen Vertrag unterzeichnet."
    states = {"LTU", "LVA", "EST"}
    assert pairs(text, root="05") == {(a, b) for a in states for b in states if a != b}


def test_a_partner_named_in_the_object_stays_the_target_of_each_signatory():
    text = "Serbien, Ungarn und Österreich haben eine Erklärung unterzeichnet, die den Streit mit Kroatien beilegen soll."
    assert pairs(text, root="05") == {(state, "HRV") for state in THREE}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Regierung in Oslo hält die Zölle Washingtons für absurd.", ("111", "NOR", "USA", "asserted")),
        ("Stockholm hält die Drohungen Moskaus für eine Farce.", ("111", "SWE", "RUS", "asserted")),
        ("Dublin wertete die Entscheidung Londons als inakzeptabel.", ("111", "IRL", "GBR", "asserted")),
        ("Helsinki wertete das Manöver Moskaus als Schande.", ("111", "FIN", "RUS", "asserted")),
    ],
)  # fmt: skip
def test_holding_and_rating_an_act_use_the_words_of_naming_it(text, expected):
    assert expected in events(text)
