"""An agreement signed, or cooperation agreed, with a partner named by "mit" is the partner's act too:
`lagebild.events.countersigned` adds the mirror event."""

from functools import partial

from tests.event_tuples import coded_dyads

coded = partial(coded_dyads, date="2024-03-04")


def test_an_agreement_signed_with_a_partner_is_signed_by_both():
    found = coded("Ghana unterzeichnete am Montag ein Handelsabkommen mit Togo.")
    assert {("057", "GHA", "TGO"), ("057", "TGO", "GHA")} <= found


def test_cooperation_agreed_with_a_partner_is_agreed_by_both():
    found = coded("Australien hat sich mit Kanada auf einen gemeinsamen Zollsatz geeinigt.")
    assert {("050", "AUS", "CAN"), ("050", "CAN", "AUS")} <= found


def test_listed_sides_that_agree_with_one_partner_are_each_agreed_with():
    found = coded("Indien, Japan und Frankreich einigten sich mit Sri Lanka auf eine Schuldenerleichterung.")
    assert {("050", "LKA", "IND"), ("050", "LKA", "JPN"), ("050", "LKA", "FRA")} <= found


def test_cooperation_coordinated_with_a_partner_stays_one_way():
    found = coded("Die Regierung in Warschau koordinierte ihr Vorgehen mit Litauen.")
    assert ("050", "LTU", "POL") not in found
