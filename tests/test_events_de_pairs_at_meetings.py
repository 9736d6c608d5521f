"""A meeting that names no partner, as the occasion on which a coordinated pair settles something with
each other ("Bei einem Treffen in Z vereinbarten X und Y …"), was the pair's meeting, in both
directions; a pair that acts on someone else there may have met others. New sentences, not from any
gold set."""

from functools import partial

from tests.event_tuples import coded_events

events = partial(coded_events, date="2024-05-10")


def test_a_meeting_where_a_pair_agreed_is_the_pairs_meeting_both_ways():
    found = events("Bei einem Treffen in Genf vereinbarten Peru und Chile eine engere Zusammenarbeit.")
    assert ("040", "PER", "CHL", "asserted") in found
    assert ("040", "CHL", "PER", "asserted") in found


def test_a_pair_acting_on_a_third_state_at_a_meeting_names_no_meeting_of_the_pair():
    found = events("Bei einem Treffen in Genf forderten Peru und Chile Sanktionen gegen Bolivien.")
    assert ("102", "PER", "BOL", "asserted") in found
    assert ("102", "CHL", "BOL", "asserted") in found
    assert ("040", "PER", "CHL", "asserted") not in found
    assert ("040", "CHL", "PER", "asserted") not in found
