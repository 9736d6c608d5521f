"""Factuality beside demands, advice and charges, through the real pipeline: a plan in reported speech
is future and advice with "sollte" hypothetical; praise or a threat coordinated with a demand is made; a
"was" clause on a demand reports a reaction that happened, unless it is the question the demand asks;
the charge inside an accusation is no event; restraint asked of both sides of a conflict is no event
between them; a negated attribute does not negate the act."""

from functools import partial

import pytest

from tests.event_tuples import modality_events

DATE = "2024-03-01"


_events = partial(modality_events, date=DATE)


def test_plan_in_reported_speech_is_future():
    # "wolle" is the Konjunktiv I of "will": the dispatch is planned, not done
    events = _events("Im Mai wolle Frankreich Truppen nach Estland entsenden, sagte der Minister.")
    dispatch = [e for e in events if e[2] == "FRA" and e[3] == "EST"]
    assert dispatch and all(e[1] == "future" for e in dispatch)


@pytest.mark.parametrize(
    ("text", "root", "modality"),
    [
        # advice: the second infinitive shares the advisory "sollte" of the first, also where the parser
        # makes "Athen" a conjunct of "zugehen" and "anbieten" its complement
        (
            "Die Türkei sollte endlich auf Griechenland zugehen und Athen direkte Gespräche anbieten.",
            "03",
            "hypothetical",
        ),
        # praise coordinated with a demand stays asserted
        (
            "Macron lobte die Einigung als historisch, verlangte aber weitere Zugeständnisse von Serbien.",
            "05",
            "asserted",
        ),
        # a threat coordinated with a demand is made; the parse hangs "drohte" on the adjective of the
        # demanded withdrawal
        (
            "Polen verlangte Russlands sofortigen Abzug und drohte, andernfalls neue Sanktionen zu verhängen.",
            "13",
            "asserted",
        ),
    ],
)
def test_act_coordinated_with_advice_or_a_demand_keeps_its_own_factuality(text, root, modality):
    acts = [e for e in _events(text) if e[0].startswith(root)]
    assert acts and all(e[1] == modality for e in acts)


def test_charge_of_an_accusation_is_no_event():
    # the charge as two coordinated infinitives, "zu" on the last only; the accusation itself stays
    events = _events(
        "Die pakistanische Regierung nannte keine Opferzahlen und warf Indien vor, die Grenze überschritten "
        "und Soldaten angegriffen zu haben."
    )
    assert [e for e in events if e[0] == "112"]
    assert not [e for e in events if not e[0].startswith("11")]


def test_charge_is_no_event_where_the_accuser_is_no_actor():
    # the accusation is not coded without an actor accusing, and its charge must not be coded instead
    unowned = _events("Ein Parteifunktionär warf Großbritannien vor, Demonstranten zu bewaffnen.")
    assert not [e for e in unowned if not e[0].startswith("11")]
    # the anchor: the same charge with an actor accusing is read as the accusation
    accused = _events("Ein Sprecher des Kreml warf Großbritannien vor, Demonstranten zu bewaffnen.")
    assert ("112", "asserted", "RUS", "GBR") in accused
    assert not [e for e in accused if not e[0].startswith("11")]


def test_restraint_asked_of_both_sides_is_no_event_between_them():
    events = _events("Die Vereinten Nationen riefen Indien und Pakistan zur Zurückhaltung auf.")
    assert {e[3] for e in events if e[0].startswith("02")} == {"IND", "PAK"}
    assert not [e for e in events if e[0].startswith("08")]


def test_rejection_in_a_relative_clause_on_a_demand_is_done():
    # "was" relates to the whole demand: the rejection is a fact, not part of what is demanded
    events = _events("Kiew hatte am Montag die Rückgabe der Krim verlangt, was Moskau umgehend zurückwies.")
    rejections = [e for e in events if e[0].startswith("12") and e[2] == "RUS"]
    assert rejections and all(e[1] == "asserted" for e in rejections)


def test_negated_attribute_does_not_negate_the_act():
    events = _events("Die Türkei stellte in einer nicht öffentlichen Sitzung Forderungen an Schweden.")
    demands = [e for e in events if e[0].startswith("10")]
    assert demands and all(e[1] == "asserted" for e in demands)


def test_act_asked_about_in_a_demand_is_not_asserted():
    # the "was" clause is what the demand asks to know, no relative clause on the demand
    events = _events("Die Opposition verlangte zu wissen, was Berlin Kiew zugesagt hat.")
    pledges = [e for e in events if e[0].startswith("03")]
    assert pledges and all(e[1] != "asserted" for e in pledges)


def test_reaction_in_a_relative_clause_on_a_demand_is_done():
    events = _events("Polen forderte neue Sanktionen gegen Belarus, was Ungarn umgehend ablehnte.")
    rejections = [e for e in events if e[0].startswith("12") and e[2] == "HUN"]
    assert rejections and all(e[1] == "asserted" for e in rejections)


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # the answer in a main clause of its own after the demand
        ("Die Opposition verlangt einen Rückzug der Truppen, die Regierung in Minsk lehnt das ab.", "12"),
        # a promise given after the request, joined by "und"
        ("Kiew hat Warschau um Munition gebeten, und Polen hat grundsätzlich zugesagt.", "03"),
    ],
)
def test_answer_to_a_demand_is_made(text: str, root: str):
    answers = [e for e in _events(text) if e[0].startswith(root)]
    assert answers and all(e[1] == "asserted" for e in answers)


def test_charge_rejected_in_reported_speech_is_negated():
    events = _events("Der Außenminister wies Vorwürfe zurück, Frankreich habe Mali Waffen geliefert.")
    deliveries = [e for e in events if e[0].startswith("07")]
    assert deliveries and all(e[1] == "negated" for e in deliveries)


def test_statement_after_a_rejected_charge_keeps_its_own_modality():
    # the frame's last verb, "erklärte", frames the clause, not the rejection before it
    events = _events(
        "Paris wies die Vorwürfe zurück und erklärte, Frankreich werde Mali weiter Waffen liefern."
    )
    deliveries = [e for e in events if e[0].startswith("07")]
    assert deliveries and all(e[1] != "negated" for e in deliveries)
