"""Factuality read off the tense around a weekday and off the time expressions of an event's own clause
(pipeline/timex/tense.py, events/circumstances.py): sentences written for the tests."""

from lagebild import analyze
from tests.event_tuples import events_of_root, root_modalities

ARTICLE_DATE = "2024-05-02"  # a Thursday: a bare "Montag" is the one before it or the one after it


# a perfect with a bare weekday points back


def test_a_perfect_whose_participle_looks_like_an_infinitive_dates_the_weekday_back():
    assert root_modalities("Putin hat Lukaschenko am Montag in Moskau empfangen.", ARTICLE_DATE, "04") == {
        "asserted"
    }


def test_the_same_weekday_with_the_future_auxiliary_lies_ahead():
    assert root_modalities("Putin wird Lukaschenko am Montag in Moskau empfangen.", ARTICLE_DATE, "04") == {
        "future"
    }


# the time expressions of another conjunct do not date the act


def test_a_month_in_a_later_conjunct_does_not_put_an_earlier_statement_ahead():
    text = (
        "Die Kanzlerin ließ mitteilen, ihr Land stehe fest an der Seite Polens, "
        "und kündigte für Juni eine Reise nach Warschau an."
    )
    assert root_modalities(text, ARTICLE_DATE, "05") == {"asserted"}
    assert root_modalities(text, ARTICLE_DATE, "04") == {"future"}


def test_a_weekday_before_the_first_conjunct_dates_the_later_one_as_well():
    text = "Am Montag traf Scholz in Berlin Erdoğan und unterzeichnete ein Abkommen mit der Türkei."
    assert root_modalities(text, ARTICLE_DATE, "05") == {"asserted"}
    # the past tense alone makes the signing asserted: its date tells that the weekday reached it
    signed = events_of_root(text, ARTICLE_DATE, "05")
    assert signed and {e.date for e in signed} == {"2024-04-29"}


# a present "ist"/"hat" is a perfect with a participle in its sentence, else it announces


def test_a_perfect_auxiliary_dates_the_weekday_back_and_a_bare_present_forward():
    def weekday(text: str) -> str:
        return next(t.value for t in analyze(text, date=ARTICLE_DATE, lang="de").timexes)

    assert weekday("Am Dienstag ist Scholz, wie sein Sprecher mitteilte, nach Kiew gereist.") == "2024-04-30"
    assert weekday("Am Dienstag ist der Kanzler in Kiew.") == "2024-05-07"


# a later part of the article's own day puts a present-tense act ahead


def test_a_present_tense_meeting_this_evening_is_still_to_come():
    text = "Heute Abend empfängt Erdoğan den griechischen Ministerpräsidenten in Ankara."
    assert root_modalities(text, ARTICLE_DATE, "04") == {"future"}


def test_a_present_tense_attack_tonight_may_be_the_night_just_past():
    # a morning's news tells the night's attacks in the present: "heute Nacht" alone dates nothing ahead
    text = "Heute Nacht greifen russische Drohnen die Hafenstadt Odessa an."
    assert root_modalities(text, ARTICLE_DATE, "19") == {"asserted"}


def test_a_meeting_this_morning_told_in_the_preterite_is_done():
    text = "Heute Morgen empfing Erdoğan den griechischen Ministerpräsidenten in Ankara."
    assert root_modalities(text, ARTICLE_DATE, "04") == {"asserted"}


# a chronicle's heading dates its entry by the nearest day, not ahead by the entry's present


def test_a_relative_day_after_a_chronicle_heading_counts_from_the_nearest_date():
    text = (
        "12. Januar: Russische Einheiten rücken vor, tags darauf beschießt die Ukraine russische Stellungen."
    )
    assert root_modalities(text, ARTICLE_DATE, "19") == {"asserted"}


def test_a_weekday_on_an_attributive_past_participle_points_back():
    text = "Der am Montag entlassene polnische Verteidigungsminister wirft Russland Kriegsverbrechen vor."
    assert root_modalities(text, ARTICLE_DATE, "11") == {"asserted"}


def test_a_weekday_on_the_act_a_demand_follows_points_back():
    text = "Nach dem Angriff Russlands auf Charkiw am Sonntag fordert die Ukraine mehr Flugabwehr von Deutschland."
    assert root_modalities(text, ARTICLE_DATE, "10") == {"asserted"}
