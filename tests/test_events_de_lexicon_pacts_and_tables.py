"""Lexicon families of session 11: cancelling a military pact rejects military cooperation (1212) while
other agreements cancelled stay a cut in relations (160); bringing the sides to one table is mediation
(045); seeking someone out is a visit (042); an alliance or agreement its parties announce is concluded (057)."""

from functools import partial

import pytest

from tests.event_tuples import coded_dyads

dyads = partial(coded_dyads, date="2024-06-03")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Niger kündigte das Militärabkommen mit den USA.", ("1212", "NER", "USA")),
        ("Mali kündigte das Verteidigungsabkommen mit Frankreich auf.", ("1212", "MLI", "FRA")),
        ("Die Kündigung des Militärabkommens durch Niger überraschte Washington.", ("1212", "NER", "USA")),
        ("Katar holte Israel und die Hamas an den Verhandlungstisch.", ("045", "QAT", "ISR")),
        ("Der Gesandte der UN suchte den russischen Präsidenten in Moskau auf.", ("042", "IGOUNO", "RUS")),
        ("Japan und die Philippinen verkündeten eine Sicherheitspartnerschaft.", ("057", "JPN", "PHL")),
        ("Die EU gab ein Handelsabkommen mit Indien bekannt.", ("057", "IGOEUREEC", "IND")),
    ],
)  # fmt: skip
def test_pacts_tables_and_visits(text, expected):
    assert expected in dyads(text)


def test_other_agreements_cancelled_stay_a_cut_in_relations() -> None:
    found = dyads("Russland kündigte das Getreideabkommen mit der Ukraine auf.")
    assert ("160", "RUS", "UKR") in found
    assert all(code != "1212" for code, _, _ in found)


def test_a_table_without_sides_brought_to_it_is_no_mediation() -> None:
    assert all(code != "045" for code, _, _ in dyads("Der Koch brachte die Suppe an den Tisch."))
