"""Factuality read off dates, the frames of a threat or announcement, and calls-off (modality.py,
dated_acts.py, negation_scope.py, conditions.py, framing_clauses.py): sentences written for the tests."""

import pytest

from tests.event_tuples import code_modalities

ARTICLE_DATE = "2024-05-01"  # a Wednesday: "Freitag" resolves to the coming Friday


# dates that do not put an act ahead


def test_a_chronicle_entry_under_a_weekday_heading_is_told_in_the_historical_present():
    assert code_modalities("Freitag: Paris ruft seinen Botschafter aus Rom zurück.", ARTICLE_DATE, "16") == {
        "asserted"
    }


def test_a_later_date_inside_a_past_chronicle_entry_does_not_put_its_act_ahead():
    text = "3. Mai 2018: Wien sagt den für Mitte Juni vereinbarten Besuch in Prag ab."
    assert code_modalities(text, ARTICLE_DATE, "12") == {"asserted"}


def test_a_weekday_in_the_sentence_itself_still_puts_a_present_tense_act_ahead():
    assert code_modalities(
        "Am Freitag ruft Paris seinen Botschafter aus Rom zurück.", ARTICLE_DATE, "16"
    ) == {"future"}


def test_the_date_of_a_relative_clause_does_not_date_the_act_of_the_main_clause():
    assert code_modalities(
        "Peking verhängt Zölle auf kanadischen Raps, die ab Montag gelten.", ARTICLE_DATE, "16"
    ) == {"asserted"}


@pytest.mark.parametrize(
    "text",
    [
        "Am Freitag stürmten Demonstranten die Botschaft Frankreichs in Bamako.",
        "Am Freitag stürmten malische Soldaten die Botschaft Frankreichs in Bamako.",
    ],
)
def test_a_weekday_does_not_put_a_preterite_the_tagger_read_as_present_ahead(text):
    assert code_modalities(text, ARTICLE_DATE, "14") == {"asserted"}


# a relative clause in the past reports a fact inside an imagined or conditional sentence


@pytest.mark.parametrize(
    "text",
    [
        "In diesem Planspiel greift Syrien, das die Waffenruhe abgelehnt hat, Israel erneut an.",
        "Im schlimmsten Fall bricht Syrien, das jede Vermittlung abgelehnt hatte, die Gespräche ab.",
    ],
)
def test_a_refusal_in_a_past_relative_clause_of_a_scenario_is_asserted(text):
    assert code_modalities(text, ARTICLE_DATE, "12") == {"asserted"}


@pytest.mark.parametrize("auxiliary", ["könnte", "soll"])
def test_a_relative_clause_with_a_modal_perfect_is_no_fact(auxiliary):
    text = f"In diesem Planspiel bricht Syrien, das Israel angegriffen haben {auxiliary}, die Gespräche ab."
    assert "asserted" not in code_modalities(text, ARTICLE_DATE, "19")


# a meeting or visit called off


def test_a_postponed_visit_did_not_take_place():
    assert code_modalities("Scholz verschob seinen Besuch in Peking.", ARTICLE_DATE, "04") == {"negated"}


def test_a_visit_that_took_place_stays_asserted():
    assert code_modalities("Scholz besuchte Peking.", ARTICLE_DATE, "04") == {"asserted"}


# threats


def test_a_threat_in_the_perfect_on_a_condition_is_made():
    text = "Die Türkei hat Griechenland mit Konsequenzen gedroht, falls Athen weitere Inseln militarisiert."
    assert code_modalities(text, ARTICLE_DATE, "13") == {"asserted"}


def test_a_threat_told_in_the_future_tense_on_no_condition_announces_the_act():
    text = "Der Kremlsprecher drohte, Russland werde seine Truppen an der Grenze zu Finnland verstärken."
    assert code_modalities(text, ARTICLE_DATE, "15") == {"future"}


def test_a_threat_on_a_condition_holds_the_act_out():
    text = (
        "Der Kremlsprecher drohte, Russland werde seine Truppen an der Grenze zu Finnland verstärken, "
        "falls Helsinki der Nato beitrete."
    )
    assert code_modalities(text, ARTICLE_DATE, "15") == {"hypothetical"}


# frames


def test_an_announcement_after_a_coordinated_demand_governs_its_infinitive():
    text = "Der Kanzler forderte eine Waffenruhe und kündigte an, der Ukraine weitere Panzer zu liefern."
    assert code_modalities(text, ARTICLE_DATE, "07") == {"future"}


def test_an_act_in_a_nachdem_clause_of_a_question_is_given():
    text = "Was soll die EU tun, nachdem Russland die Gaslieferungen an Polen gestoppt hat?"
    assert code_modalities(text, ARTICLE_DATE, "16") == {"asserted"}


# invitations


def test_the_visit_someone_is_invited_to_is_still_to_come_while_the_invitation_is_made():
    text = "Macron lud Scholz zu einem Treffen nach Paris ein."
    assert code_modalities(text, ARTICLE_DATE, "04") == {"future"}
    assert code_modalities(text, ARTICLE_DATE, "036") == {"asserted"}


# plans


def test_an_act_nobody_plans_did_not_happen():
    assert code_modalities(
        "Die USA haben nicht vor, Truppen nach Taiwan zu entsenden.", ARTICLE_DATE, "15"
    ) == {"negated"}


def test_a_plan_announced_not_only_once_stays_to_come():
    text = "Frankreich kündigte nicht nur an, Truppen nach Estland zu schicken, sondern auch Panzer."
    assert code_modalities(text, ARTICLE_DATE, "15") == {"future"}


# advocacy, needs and options


def test_an_act_someone_suggests_is_asked_for():
    assert code_modalities("Macron regte an, Truppen in die Ukraine zu schicken.", ARTICLE_DATE, "15") == {
        "hypothetical"
    }


def test_an_act_someone_speaks_out_for_is_asked_for():
    text = "Merkel sprach sich dafür aus, Sanktionen gegen Russland zu verhängen."
    assert code_modalities(text, ARTICLE_DATE, "16") == {"hypothetical"}


def test_an_act_called_overdue_is_not_done():
    text = "Es ist höchste Zeit, dass die EU Sanktionen gegen Israel verhängt."
    assert code_modalities(text, ARTICLE_DATE, "16") == {"hypothetical"}


def test_the_acts_after_a_colon_that_opens_options_are_imagined():
    text = "Möglich sind zwei Schritte: Die EU verhängt Sanktionen gegen Minsk oder sie schließt die Grenze."
    assert "asserted" not in code_modalities(text, ARTICLE_DATE, "1")


def test_a_colon_after_a_plain_lead_in_reports_a_fact():
    assert code_modalities("Klar ist: Russland hat die Ukraine angegriffen.", ARTICLE_DATE, "19") == {
        "asserted"
    }


@pytest.mark.xfail(
    strict=True,
    reason=(
        "news parser: 'die Ostsee' is labelled a second nsubj and 'Finnland' an appos of 'oder', and the last listed "
        "infinitive 'bedrohen' (conj of the xcomp 'angreifen') does not take the Konjunktiv II of 'könnte': 130 asserted"
    ),
)
def test_infinitives_listed_after_a_konjunktiv_ii_share_it():
    text = "Russland könnte die Ostsee blockieren, Estland angreifen oder Finnland bedrohen."
    assert "asserted" not in code_modalities(text, ARTICLE_DATE, "1")


def test_a_meeting_that_dates_an_announcement_was_held():
    text = "Nach einem Telefonat mit dem polnischen Präsidenten kündigte der litauische Präsident neue Manöver an."
    assert "asserted" in code_modalities(text, ARTICLE_DATE, "04")
    assert "future" not in code_modalities(text, ARTICLE_DATE, "04")
