"""Constructions the coder reads the way the news-trained parser attaches them (datives as `obl:arg`, a "dass"
clause as an adverbial clause with its comma, predicative adjectives as `cop` or `advcl`, "durch" phrases on the
verb, state names tagged PROPN after an object article, nationality adjectives tagged as verbs). Sentences written
for these tests."""

from functools import partial

import pytest

from tests.event_tuples import coded_events

events = partial(coded_events, date="2024-06-03")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a past plural identical to the participle is no headline passive
        ("Die Vereinigten Staaten entzogen dem iranischen Außenminister das Visum.", ("172", "USA", "IRN", "asserted")),
        # a nationality adjective the tagger called a verb still names its state
        ("Die Behörden in Minsk schikanieren litauische Spediteure.", ("170", "BLR", "LTU", "asserted")),
        # a place phrase the parse made a compound of the object
        ("Russische Soldaten begingen in Butscha Kriegsverbrechen.", ("200", "RUS", "UKR", "asserted")),
        # the particle closing the clause, parsed as a clause of its own
        ("Moskau stellte die Unabhängigkeit der moldauischen Justiz infrage.", ("111", "RUS", "MDA", "asserted")),
        # a predicative adjective the parse made the copula of a full verb
        ("Warschau reagierte empört auf die Äußerungen aus Berlin.", ("111", "POL", "DEU", "asserted")),
        # "für" + participle, parsed as an adverbial clause
        ("Serbien erklärte die Gespräche mit dem Kosovo für gescheitert.", ("164", "SRB", "XKX", "asserted")),
        # a state name with an object article in front is the object
        ("Den Sudan kritisierte Kairo scharf.", ("111", "EGY", "SDN", "asserted")),
        # the noun phrase after a sentence adverb taken for the subject acts; the next one suffers the act
        (
            "Unterdessen nahm die georgische Polizei in Tiflis einen russischen Blogger fest.",
            ("173", "GEO", "RUS", "asserted"),
        ),
        # a "dass" clause the parse hung on the verb with its comma still names whom the statement is about
        (
            "Die Bundesregierung zeigte sich zuversichtlich, dass ein Abkommen mit Ankara gelingt.",
            ("013", "DEU", "TUR", "asserted"),
        ),
    ],
)  # fmt: skip
def test_a_construction_read_under_the_news_parse(text, expected):
    assert expected in events(text)


def test_the_parties_hang_on_the_mediator_noun():
    coded = events("Die Türkei steht als Vermittler zwischen Russland und der Ukraine bereit.")
    assert ("039", "TUR", "RUS", "asserted") in coded
    assert ("039", "TUR", "UKR", "asserted") in coded


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Paris verurteilte die Festnahme französischer Bürger durch Teheran.", ("173", "IRN", "FRA", "asserted")),
        ("Rom kritisierte die Ausweisung italienischer Journalisten durch Moskau.", ("161", "RUS", "ITA", "asserted")),
    ],
)  # fmt: skip
def test_a_durch_phrase_on_the_judging_verb_names_who_performed_the_act(text, act):
    assert act in events(text)


def test_an_outraged_predicate_is_no_verb_of_its_own():
    assert events("Die Regierung in Rom zeigte sich empört über das Vorgehen Ankaras.") == [
        ("111", "ITA", "TUR", "asserted")
    ]


def test_a_meeting_judged_by_an_adjective_keeps_the_comment():
    coded = events("Der russische Außenminister nannte das Gespräch mit Wang Yi konstruktiv.")
    assert ("013", "RUS", None, "asserted") in coded


def test_an_appeal_to_both_sides_does_not_take_the_object_of_the_next_verb():
    coded = events("Paris rief beide Seiten zur Mäßigung auf und mahnte Kiew, die Gespräche fortzusetzen.")
    assert ("0256", "FRA", None, "asserted") in coded
    assert ("020", "FRA", "UKR", "asserted") in coded


def test_an_act_a_complaint_is_against_stays_its_topic():
    coded = events("Brasilien hatte bei der WTO Klage gegen die amerikanischen Strafzölle eingereicht.")
    assert ("115", "BRA", "USA", "asserted") in coded
    assert not any(code.startswith("16") for code, _, _, _ in coded)


def test_a_participle_form_in_second_place_with_its_subject_after_is_no_headline():
    assert ("194", "RUS", "UKR", "asserted") in events(
        "In der Nacht beschossen russische Einheiten Stellungen bei Cherson."
    )


def test_a_crowd_counted_in_thousands_protests_on_the_street_whatever_number_the_tagger_gives():
    coded = events("In Belgrad protestierten am Samstag Tausende vor dem Parlament gegen die Wahlfälschung.")
    assert any(code.startswith("14") for code, _, _, _ in coded)
