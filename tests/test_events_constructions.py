"""Acts named inside a verb construction (`embedded_acts.py`, issue 7), through the whole pipeline: a
measure held out by a threat, a meeting an actor invites to, an act judged whose performer its phrase
names, a meeting whose two sides are named as its attribute ("ein Treffen von X und Y"). And what
stays one act: a meeting called off, a charge rejected. Sentences of our own."""

from functools import partial

from tests.event_tuples import coded_events

events = partial(coded_events, date="2024-09-12")


def test_a_threat_holds_out_its_measure_as_a_hypothetical_act():
    coded = events("Deutschland drohte Russland mit der Ausweisung von Diplomaten.")
    assert ("1313", "DEU", "RUS", "asserted") in coded
    assert ("161", "DEU", "RUS", "hypothetical") in coded


def test_sanctions_held_out_by_a_threat():
    coded = events("Frankreich drohte Russland mit neuen Sanktionen.")
    assert ("1312", "FRA", "RUS", "asserted") in coded
    assert ("163", "FRA", "RUS", "hypothetical") in coded


def test_the_meeting_an_actor_invites_to_at_home_is_its_reception_still_to_come():
    coded = events(
        "Der türkische Präsident lud die Außenminister Russlands und der Ukraine zu Gesprächen nach "
        "Istanbul ein."
    )
    assert ("036", "TUR", "RUS", "asserted") in coded
    assert ("043", "TUR", "RUS", "future") in coded
    assert ("043", "TUR", "UKR", "future") in coded


def test_a_cut_criticised_is_reported_where_its_phrase_names_who_made_it():
    coded = events("Der Kanzler kritisierte die Ausweisung deutscher Diplomaten durch Russland.")
    assert ("111", "DEU", "RUS", "asserted") in coded
    assert ("161", "RUS", "DEU", "asserted") in coded


def test_a_meeting_of_two_named_as_its_attribute_is_mutual():
    coded = events("Ein Treffen von Scholz und Macron ist vorerst nicht geplant.")
    assert ("040", "DEU", "FRA", "negated") in coded
    assert ("040", "FRA", "DEU", "negated") in coded


def test_a_meeting_called_off_is_the_cancellation_and_the_meeting_negated():
    # gold README (tuning banks' conventions): a cancelled visit = 042 `negated`
    coded = events("Wang Yi sagte ein geplantes Treffen mit Yoshimasa Hayashi ab.")
    assert [c for c in coded if c[0].startswith("12")]
    assert [c for c in coded if c[0].startswith("04")] == [("040", "CHN", "JPN", "negated")]


def test_a_charge_rejected_is_no_accusation_of_its_own():
    coded = events("Moskau wies die Vorwürfe aus Washington zurück.")
    assert ("016", "RUS", "USA", "asserted") in coded
    assert not [c for c in coded if c[0].startswith("11")]
