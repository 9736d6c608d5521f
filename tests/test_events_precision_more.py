"""Factuality and precision rules of the German coder (issue 7): clauses of fact under a demand, an
announcing verb's own particle, scheduled arrivals, deliberated and demanded measures, conditional
promises, onlookers' commentary, refusals and the acts they refuse. Sentences written for these tests."""

from __future__ import annotations

from lagebild import analyze

DATE = "2024-03-12"


def _events(text: str) -> list[tuple[str, str, str | None, str | None]]:
    """(code, modality, source country, target country) of each event."""
    return [
        (
            e.code,
            e.modality,
            e.source.country if e.source else None,
            e.target.country if e.target else None,
        )
        for e in analyze(text, date=DATE, lang="de").events
    ]


def _modalities(text: str, root: str) -> set[str]:
    return {modality for code, modality, _s, _t in _events(text) if code.startswith(root)}


def test_a_clause_of_fact_under_a_demand_reports_what_happened():
    strike = "Die Studenten forderten seinen Rücktritt, während Arbeiter in Minsk die Arbeit niederlegten."
    assert _modalities(strike, "14") == {"asserted"}
    protest = "Raketen schlugen vor Japans Küste ein, woraufhin Premier Kishida bei Peking Protest einlegte."
    assert _modalities(protest, "11") == {"asserted"}


def test_an_announcing_particle_belongs_to_its_own_verb():
    assert _modalities("Peking legte sofort Protest ein und kündigte Vergeltung an.", "11") == {"asserted"}
    assert _modalities("Die EU kündigte neue Sanktionen gegen Russland an.", "16") == {"future"}


def test_someone_expected_somewhere_is_coming_but_an_expected_attack_is_a_forecast():
    visit = "Der chinesische Präsident Xi Jinping wird am Montag zu einem Staatsbesuch in Moskau erwartet."
    assert _modalities(visit, "04") == {"future"}
    forecast = "Experten erwarten, dass Russland die Ukraine im Frühjahr erneut angreift."
    assert _modalities(forecast, "19") == {"hypothetical"}


def test_a_modal_before_a_form_that_is_also_a_participle_plans_the_act():
    text = "Die Außenminister der EU wollen mit ihren Kollegen aus Kanada über die Lage in Syrien beraten."
    assert _modalities(text, "04") == {"future"}


def test_a_measure_deliberated_on_is_hypothetical():
    text = "Die NATO-Verteidigungsminister berieten in Brüssel über Sanktionen gegen Belarus."
    assert _modalities(text, "16") == {"hypothetical"}
    assert _modalities("Die EU verhängte in Brüssel Sanktionen gegen Belarus.", "16") == {"asserted"}


def test_a_conditional_promise_is_made_and_a_conditional_consequence_is_not():
    promise = "Petro stellte eine Wiederaufnahme der Gespräche in Aussicht, falls die Guerilla ihre Angriffe einstellt."
    assert _modalities(promise, "03") == {"asserted"}
    consequence = "Falls Russland angreift, verhängt die EU Sanktionen."
    assert _modalities(consequence, "16") == {"hypothetical"}


def test_onlookers_doubting_or_a_poll_rejecting_make_no_event():
    doubt = "Ob die Gespräche in Peking die Beziehungen verbessern, bezweifeln Beobachter."
    assert [code for code, modality, _s, _t in _events(doubt) if modality == "asserted"] == []
    poll = "Eine Mehrheit der Polen lehnt laut einer Umfrage die Aufnahme von Flüchtlingen aus Belarus ab."
    assert _events(poll) == []
    states = "Die Mehrheit der EU-Staaten lehnte den Vorschlag Ungarns ab."
    assert any(code.startswith("12") for code, *_rest in _events(states))


def test_a_refusal_is_the_event_aimed_at_whom_the_refused_act_was_owed():
    events = _events("Die Ukraine hatte sich geweigert, den Liefervertrag mit Gazprom zu verlängern.")
    assert [(code[:2], modality, target) for code, modality, _s, target in events] == [
        ("12", "asserted", "RUS")
    ]


def test_a_refused_statement_keeps_its_code():
    events = _events("Belgrad weigert sich, den Völkermord von Srebrenica anzuerkennen.")
    assert "015" in [code for code, *_rest in events]


def test_an_act_asked_for_by_a_participle_of_demand_is_hypothetical():
    text = "Die UN-Vollversammlung hat Israel aufgefordert, seine Truppen aus dem Libanon abzuziehen."
    assert _modalities(text, "08") == {"hypothetical"}


def test_an_act_a_demand_noun_asks_for_is_hypothetical():
    text = "Der Appell Guterres' zu Gesprächen zwischen Israel und der Hamas verhallte."
    assert _modalities(text, "04") == {"hypothetical"}


def test_an_act_left_uncommented_is_open_not_denied():
    text = "Einen Militärschlag Israels gegen den Iran wollte Grossi nicht kommentieren."
    assert _modalities(text, "19") == {"hypothetical"}


def test_a_proposal_still_to_be_made_announces_its_act():
    events = _events("Die EU-Kommission will am Montag vorschlagen, Fördermittel für Polen einzufrieren.")
    assert [(code[:2], modality) for code, modality, _s, _t in events] == [("16", "future")]
    made = _events("Die EU-Kommission schlug vor, Fördermittel für Polen einzufrieren.")
    assert ("16", "hypothetical") in [(code[:2], modality) for code, modality, _s, _t in made]


def test_a_question_for_the_reason_takes_the_act_as_given_a_yes_no_question_does_not():
    why = "Warum hat Berlin die Lieferung von Panzern an Kiew gestoppt?"
    assert _modalities(why, "16") == {"asserted"}
    whether = "Hat Berlin die Lieferung von Panzern an Kiew gestoppt?"
    assert _modalities(whether, "16") == {"hypothetical"}
