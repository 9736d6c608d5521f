"""English: titled full names the KB spells otherwise, refusals announced for the future, and the
PLOVER category of easing a curfew."""

from __future__ import annotations

from lagebild.events.codebook import codebook
from lagebild.events.english import code_english_events
from lagebild.pipeline import get_pipeline
from tests.entity_mentions import english_entity_states


def test_titled_full_name_in_another_spelling_is_the_office_holder():
    assert (
        english_entity_states("President Omar El Bashir met the visiting delegation.")["Omar El Bashir"]
        == "SDN"
    )


def test_titled_full_name_with_a_glued_arabic_article():
    countries = english_entity_states("President Omar Hassan al-Bashir met the visiting delegation.")
    assert countries["Omar Hassan al-Bashir"] == "SDN"


def test_nationality_adjective_still_names_the_country():
    countries = english_entity_states("Kenyan President John Smith met the visiting delegation.")
    assert countries["John Smith"] == "KEN"


def test_easing_a_curfew_or_emergency_is_a_concession_in_plover():
    assert codebook()["0813"].plover == "CONCEDE"
    assert codebook()["0814"].plover == "CONCEDE"


def test_a_cooperative_act_refused_for_the_future_is_a_rejection():
    doc = get_pipeline("en")("Peru said it will not send troops to Bolivia.")
    codes = [(e.code, e.modality) for e in code_english_events(doc)]
    assert ("121", "asserted") in codes
    assert not any(code.startswith("03") for code, _ in codes)


def test_a_past_negated_act_stays_negated():
    doc = get_pipeline("en")("Peru did not accept the proposal from Venezuela.")
    assert all(e.modality == "negated" for e in code_english_events(doc))
