"""An act noun with a possessive that names why a verb thanks, praises or blames its object ("dankte
Norwegen für seine Vermittlung", "warf der Regierung wegen ihrer Waffenlieferungen Verrat vor") is
the object's own act: the possessive points to the one thanked or blamed, not to the speaker. New
sentences, not from any gold set."""

from functools import partial

from tests.event_tuples import coded_events

events = partial(coded_events, date="2024-05-10")


def test_the_one_thanked_for_a_mediation_mediated():
    found = events("Baerbock dankte Norwegen für seine Vermittlung zwischen Kolumbien und der ELN.")
    assert ("045", "NOR", "COL", "asserted") in found


def test_the_one_blamed_in_the_dative_for_deliveries_delivered():
    found = events(
        "Fico warf der Regierung in Prag wegen ihrer Waffenlieferungen an die Ukraine Kriegstreiberei vor."
    )
    assert ("072", "CZE", "UKR", "asserted") in found
    assert not any(code == "072" and source == "SVK" for code, source, _, _ in found)


def test_a_possessive_that_does_not_agree_with_the_object_names_no_source():
    # "seine" cannot point back to "die Türkei": the act is not the Turkish state's
    found = events("Athen warf der Türkei wegen seiner Waffenlieferungen an Libyen Provokation vor.")
    assert any(
        code.startswith("112") and (source, target) == ("GRC", "TUR") for code, source, target, _ in found
    )
    assert not any(code == "072" and source == "TUR" for code, source, _, _ in found)


def test_each_of_several_thanked_mediated():
    # "ihre" points back to both; the other rules find them all, not only the first
    found = events("Kiew dankte Ankara und den Vereinten Nationen für ihre Vermittlung.")
    assert ("045", "TUR", None, "asserted") in found
    assert ("045", "IGOUNO", None, "asserted") in found
