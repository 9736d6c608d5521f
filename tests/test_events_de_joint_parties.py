"""Talks whose two parties are named inside one word: a joint council ("der NATO-Russland-Rat"), a pair
of nationality adjectives ("die deutsch-polnischen Konsultationen"), talks within one state ("die
innerafghanischen Gespräche"): each side meets the other (`joint_parties.py`)."""

import pytest

from tests.event_tuples import coded_events


def _talks(text: str) -> set[tuple]:
    return {e for e in coded_events(text, "2024-05-01", keep_implausible=True) if e[0].startswith("04")}


def test_a_joint_council_meeting_is_held_by_both_of_its_sides():
    talks = _talks("Der NATO-Ukraine-Rat tritt am Donnerstag in Brüssel zusammen.")
    assert {(s, t) for _, s, t, _ in talks} == {("IGOWSTNAT", "UKR"), ("UKR", "IGOWSTNAT")}


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("Die französisch-italienischen Gespräche endeten am Abend ohne Einigung.", {"FRA", "ITA"}),
        ("Die japanisch-südkoreanischen Konsultationen begannen am Montag in Seoul.", {"JPN", "KOR"}),
    ],
)
def test_talks_named_by_two_nationality_adjectives_go_both_ways(sentence, pair):
    talks = _talks(sentence)
    assert {(s, t) for _, s, t, _ in talks} == {tuple(sorted(pair)), tuple(sorted(pair, reverse=True))}


def test_talks_within_one_state_are_held_by_its_two_camps():
    text = "Im Herbst sollen in Genf innerlibysche Verhandlungen beginnen."
    talks = [e for e in coded_events(text, "2024-05-01", keep_implausible=True) if e[0].startswith("04")]
    # both directions, as between any two parties: each camp is the other's partner
    assert [(s, t, m) for _, s, t, m in talks] == [("LBY", "LBY", "future")] * 2


def test_an_adjective_pair_on_other_nouns_names_no_talks():
    # joint doers of an exercise and one state's compound adjective are no parties of talks
    assert not _talks("Das russisch-belarussische Manöver begann am Montag.")
    assert not _talks("Die US-amerikanischen Gespräche in Genf endeten ohne Ergebnis.")
