"""Talks that fail or rest are halted (164), not held (046/040): lexicon rows of
`16_reduce_relations.tsv`, found on the tuning banks' talks coded as negotiations; sentences written for these
tests."""

from tests.event_tuples import coded_events

DATE = "2024-03-05"


def test_failed_negotiations_between_two_states_are_halted_both_ways():
    events = coded_events("Die Verhandlungen zwischen Ägypten und Äthiopien scheiterten am Dienstag.", DATE)
    assert ("164", "EGY", "ETH", "asserted") in events
    assert ("164", "ETH", "EGY", "asserted") in events
    assert not [e for e in events if e[0].startswith("04")]


def test_resting_talks_are_halted():
    events = coded_events("Die Gespräche zwischen Serbien und Kosovo ruhen seit Monaten.", DATE)
    assert ("164", "SRB", "XKX", "asserted") in events


def test_stalling_negotiations_still_go_on():
    events = coded_events("Die Verhandlungen zwischen Kiew und Moskau stocken.", DATE)
    assert ("046", "UKR", "RUS", "asserted") in events
