"""Factuality read off dates, the frames of a threat or announcement, and calls-off (modality.py,
dated_acts.py, negation_scope.py, conditions.py, framing_clauses.py): sentences written for the tests."""

import pytest

from lagebild import analyze

ARTICLE_DATE = "2024-05-01"  # a Wednesday: "Freitag" resolves to the coming Friday


def modalities(text: str, root: str) -> set[str]:
    return {e.modality for e in analyze(text, date=ARTICLE_DATE, lang="de").events if e.code.startswith(root)}


# dates that do not put an act ahead


def test_a_chronicle_entry_under_a_weekday_heading_is_told_in_the_historical_present():
    assert modalities("Freitag: Paris ruft seinen Botschafter aus Rom zurück.", "16") == {"asserted"}


def test_a_weekday_in_the_sentence_itself_still_puts_a_present_tense_act_ahead():
    assert modalities("Am Freitag ruft Paris seinen Botschafter aus Rom zurück.", "16") == {"future"}


def test_the_date_of_a_relative_clause_does_not_date_the_act_of_the_main_clause():
    assert modalities("Peking verhängt Zölle auf kanadischen Raps, die ab Montag gelten.", "16") == {
        "asserted"
    }


# a meeting or visit called off


def test_a_postponed_visit_did_not_take_place():
    assert modalities("Scholz verschob seinen Besuch in Peking.", "04") == {"negated"}


def test_a_visit_that_took_place_stays_asserted():
    assert modalities("Scholz besuchte Peking.", "04") == {"asserted"}


# threats


def test_a_threat_in_the_perfect_on_a_condition_is_made():
    text = "Die Türkei hat Griechenland mit Konsequenzen gedroht, falls Athen weitere Inseln militarisiert."
    assert modalities(text, "13") == {"asserted"}


def test_a_threat_told_in_the_future_tense_on_no_condition_announces_the_act():
    text = "Der Kremlsprecher drohte, Russland werde seine Truppen an der Grenze zu Finnland verstärken."
    assert modalities(text, "15") == {"future"}


def test_a_threat_on_a_condition_holds_the_act_out():
    text = (
        "Der Kremlsprecher drohte, Russland werde seine Truppen an der Grenze zu Finnland verstärken, "
        "falls Helsinki der Nato beitrete."
    )
    assert modalities(text, "15") == {"hypothetical"}


# frames


def test_an_announcement_after_a_coordinated_demand_governs_its_infinitive():
    text = "Der Kanzler forderte eine Waffenruhe und kündigte an, der Ukraine weitere Panzer zu liefern."
    assert modalities(text, "07") == {"future"}


def test_an_act_in_a_nachdem_clause_of_a_question_is_given():
    text = "Was soll die EU tun, nachdem Russland die Gaslieferungen an Polen gestoppt hat?"
    assert modalities(text, "16") == {"asserted"}


# invitations


def test_the_visit_someone_is_invited_to_is_still_to_come_while_the_invitation_is_made():
    text = "Macron lud Scholz zu einem Treffen nach Paris ein."
    assert modalities(text, "04") == {"future"}
    assert modalities(text, "036") == {"asserted"}


# plans


def test_an_act_nobody_plans_did_not_happen():
    assert modalities("Die USA haben nicht vor, Truppen nach Taiwan zu entsenden.", "15") == {"negated"}


def test_a_plan_announced_not_only_once_stays_to_come():
    text = "Frankreich kündigte nicht nur an, Truppen nach Estland zu schicken, sondern auch Panzer."
    assert modalities(text, "15") == {"future"}


# advocacy, needs and options


def test_an_act_someone_suggests_is_asked_for():
    assert modalities("Macron regte an, Truppen in die Ukraine zu schicken.", "15") == {"hypothetical"}


def test_an_act_someone_speaks_out_for_is_asked_for():
    text = "Merkel sprach sich dafür aus, Sanktionen gegen Russland zu verhängen."
    assert modalities(text, "16") == {"hypothetical"}


def test_an_act_called_overdue_is_not_done():
    text = "Es ist höchste Zeit, dass die EU Sanktionen gegen Israel verhängt."
    assert modalities(text, "16") == {"hypothetical"}


def test_the_acts_after_a_colon_that_opens_options_are_imagined():
    text = "Möglich sind zwei Schritte: Die EU verhängt Sanktionen gegen Minsk oder sie schließt die Grenze."
    assert "asserted" not in modalities(text, "1")


def test_a_colon_after_a_plain_lead_in_reports_a_fact():
    assert modalities("Klar ist: Russland hat die Ukraine angegriffen.", "19") == {"asserted"}


@pytest.mark.xfail(
    strict=True,
    reason=(
        "news parser: 'die Ostsee' is labelled a second nsubj and 'Finnland' an appos of 'oder', and the last listed "
        "infinitive 'bedrohen' (conj of the xcomp 'angreifen') does not take the Konjunktiv II of 'könnte': 130 asserted"
    ),
)
def test_infinitives_listed_after_a_konjunktiv_ii_share_it():
    text = "Russland könnte die Ostsee blockieren, Estland angreifen oder Finnland bedrohen."
    assert "asserted" not in modalities(text, "1")
