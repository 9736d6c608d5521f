"""A refusal without a target slot ("weigerte sich, …") is aimed at whom the refused act names, as a
statement is aimed at whom its complement clause names (`targets_statements.TOPICAL_ROOTS`)."""

from functools import partial

from tests.event_tuples import keyed_events

_by_root = partial(keyed_events, date="2025-03-04")


def test_a_refused_agreement_is_aimed_at_its_partner():
    events = _by_root("Belgrad weigerte sich, das Abkommen mit Pristina umzusetzen.")
    assert ("SRB", "12", "XKX", "asserted") in events


def test_refusing_to_tolerate_foreign_soldiers_is_aimed_at_their_state():
    events = _by_root(
        "Die Regierung in Bamako weigert sich, die französischen Soldaten länger im Land zu dulden."
    )
    assert ("MLI", "12", "FRA", "asserted") in events
