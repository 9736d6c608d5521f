"""Factuality and precision rules of the German coder (issue 7): clauses of fact under a demand, an
announcing verb's own particle, scheduled arrivals, deliberated and demanded measures, conditional
promises, onlookers' commentary, refusals and the acts they refuse. Sentences written for these tests."""

from __future__ import annotations

from lagebild import analyze
from tests.event_tuples import events_of, root_modalities

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


def test_a_clause_of_fact_under_a_demand_reports_what_happened():
    strike = "Die Studenten forderten seinen Rücktritt, während Arbeiter in Minsk die Arbeit niederlegten."
    assert root_modalities(strike, DATE, "14") == {"asserted"}
    protest = "Raketen schlugen vor Japans Küste ein, woraufhin Premier Kishida bei Peking Protest einlegte."
    assert root_modalities(protest, DATE, "11") == {"asserted"}


def test_an_announcing_particle_belongs_to_its_own_verb():
    assert root_modalities("Peking legte sofort Protest ein und kündigte Vergeltung an.", DATE, "11") == {
        "asserted"
    }
    assert root_modalities("Die EU kündigte neue Sanktionen gegen Russland an.", DATE, "16") == {"future"}


def test_someone_expected_somewhere_is_coming_but_an_expected_attack_is_a_forecast():
    visit = "Der chinesische Präsident Xi Jinping wird am Montag zu einem Staatsbesuch in Moskau erwartet."
    assert root_modalities(visit, DATE, "04") == {"future"}
    forecast = "Experten erwarten, dass Russland die Ukraine im Frühjahr erneut angreift."
    assert root_modalities(forecast, DATE, "19") == {"hypothetical"}


def test_a_modal_before_a_form_that_is_also_a_participle_plans_the_act():
    text = "Die Außenminister der EU wollen mit ihren Kollegen aus Kanada über die Lage in Syrien beraten."
    assert root_modalities(text, DATE, "04") == {"future"}


def test_a_measure_deliberated_on_is_hypothetical():
    text = "Die NATO-Verteidigungsminister berieten in Brüssel über Sanktionen gegen Belarus."
    assert root_modalities(text, DATE, "16") == {"hypothetical"}
    assert root_modalities("Die EU verhängte in Brüssel Sanktionen gegen Belarus.", DATE, "16") == {
        "asserted"
    }


def test_a_conditional_promise_is_made_and_a_conditional_consequence_is_not():
    promise = "Petro stellte eine Wiederaufnahme der Gespräche in Aussicht, falls die Guerilla ihre Angriffe einstellt."
    assert root_modalities(promise, DATE, "03") == {"asserted"}
    consequence = "Falls Russland angreift, verhängt die EU Sanktionen."
    assert root_modalities(consequence, DATE, "16") == {"hypothetical"}


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
    events = events_of(
        "Belgrad weigert sich, den Völkermord von Srebrenica anzuerkennen.", DATE, keep_implausible=True
    )
    assert "015" in [e.code for e in events]


def test_an_act_asked_for_by_a_participle_of_demand_is_hypothetical():
    text = "Die UN-Vollversammlung hat Israel aufgefordert, seine Truppen aus dem Libanon abzuziehen."
    assert root_modalities(text, DATE, "08") == {"hypothetical"}


def test_an_act_a_demand_noun_asks_for_is_hypothetical():
    text = "Der Appell Guterres' zu Gesprächen zwischen Israel und der Hamas verhallte."
    assert root_modalities(text, DATE, "04") == {"hypothetical"}


def test_an_act_left_uncommented_is_open_not_denied():
    text = "Einen Militärschlag Israels gegen den Iran wollte Grossi nicht kommentieren."
    assert root_modalities(text, DATE, "19") == {"hypothetical"}


def test_a_proposal_still_to_be_made_announces_its_act():
    events = _events("Die EU-Kommission will am Montag vorschlagen, Fördermittel für Polen einzufrieren.")
    assert [(code[:2], modality) for code, modality, _s, _t in events] == [("16", "future")]
    made = _events("Die EU-Kommission schlug vor, Fördermittel für Polen einzufrieren.")
    assert ("16", "hypothetical") in [(code[:2], modality) for code, modality, _s, _t in made]


def test_a_question_for_the_reason_takes_the_act_as_given_a_yes_no_question_does_not():
    why = "Warum hat Berlin die Lieferung von Panzern an Kiew gestoppt?"
    assert root_modalities(why, DATE, "16") == {"asserted"}
    whether = "Hat Berlin die Lieferung von Panzern an Kiew gestoppt?"
    assert root_modalities(whether, DATE, "16") == {"hypothetical"}
