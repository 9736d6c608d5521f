"""A preposition fused with its article ("im", "am", "zum", "vom", "beim") names the same phrase as the
preposition a lexicon row's target asks for (events/lexicon.py `target_prepositions`): "traf im Kreml
ein" names where the visitor arrived as "traf in Moskau ein" does."""

from functools import partial

from lagebild.events.lexicon import target_prepositions
from tests.event_tuples import coded_dyads

_dyads = partial(coded_dyads, date="2024-05-02")


def test_a_fused_form_follows_its_preposition():
    assert target_prepositions("pp:in") == ("in", "im", "ins")
    assert target_prepositions("pp:gegen|bei") == ("gegen", "bei", "beim")


def test_a_preposition_without_a_fused_form_stays_alone():
    assert target_prepositions("pp:mit") == ("mit",)
    assert target_prepositions("none") == ()


def test_an_arrival_in_a_seat_of_government_with_a_fused_preposition_is_a_visit():
    dyads = _dyads("Der brasilianische Präsident Lula ist am Mittwoch im Kreml eingetroffen.")
    assert ("042", "BRA", "RUS") in dyads


def test_an_arrival_with_the_plain_preposition_stays_a_visit():
    dyads = _dyads("Der brasilianische Präsident Lula ist am Mittwoch in Moskau eingetroffen.")
    assert ("042", "BRA", "RUS") in dyads
