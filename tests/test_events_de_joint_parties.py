"""Acts several parties do together, each with the others (`meetings.mutual_sides`): three or more
signatories of one treaty, a pair that reaches an agreement named by a noun ("erzielten eine Einigung").
A partner named inside what they sign ("eine Erklärung, die den Streit mit Tansania beilegen soll") is
the counterpart of all of them instead. The sentences are our own."""

from __future__ import annotations

from tests.event_tuples import root_pairs

DATE = "2024-06-03"


def test_three_signatories_are_each_others_partners():
    pairs = root_pairs(
        "Am Montag haben Kenia, Uganda und Ruanda in Kampala einen Vertrag über den Grenzhandel unterzeichnet.",
        DATE,
        "05",
    )
    assert pairs == {
        ("KEN", "UGA"),
        ("KEN", "RWA"),
        ("UGA", "KEN"),
        ("UGA", "RWA"),
        ("RWA", "KEN"),
        ("RWA", "UGA"),
    }


def test_a_partner_named_in_what_is_signed_is_the_counterpart_of_both_signatories():
    pairs = root_pairs(
        "Am Montag haben Kenia und Uganda eine Erklärung unterzeichnet, die den Streit mit Tansania "
        "beilegen soll.",
        DATE,
        "05",
    )
    assert pairs == {("KEN", "TZA"), ("UGA", "TZA")}


def test_a_pair_reaching_an_agreement_named_by_a_noun_agrees_with_each_other():
    pairs = root_pairs("Polen und Litauen haben in Vilnius eine Einigung erzielt.", DATE, "05")
    assert pairs == {("POL", "LTU"), ("LTU", "POL")}
