"""Factuality of plans and advice in reported speech, clauses coordinated with a demand, the charge
inside an accusation and the restraint asked of both sides of a conflict, through the real pipeline."""

import pytest

from lagebild import analyze

DATE = "2024-03-01"


def _events(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (e.code, e.modality, e.source and e.source.country, e.target and e.target.country)
        for e in analyze(text, date=DATE, lang="de").events
    ]


def test_plan_in_reported_speech_is_future():
    # "wolle" is the Konjunktiv I of "will": the dispatch is planned, not done
    events = _events("Im Mai wolle Frankreich Truppen nach Estland entsenden, sagte der Minister.")
    dispatch = [e for e in events if e[2] == "FRA" and e[3] == "EST"]
    assert dispatch and all(e[1] == "future" for e in dispatch)


def test_advice_with_sollte_is_no_asserted_act():
    # the second infinitive shares the advisory "sollte" of the first
    events = _events(
        "Die Türkei sollte endlich auf Griechenland zugehen und Athen direkte Gespräche anbieten."
    )
    offer = [e for e in events if e[0].startswith("03")]
    assert offer and all(e[1] == "hypothetical" for e in offer)


def test_praise_coordinated_with_a_demand_stays_asserted():
    events = _events(
        "Macron lobte die Einigung als historisch, verlangte aber weitere Zugeständnisse von Serbien."
    )
    praise = [e for e in events if e[0].startswith("05")]
    assert praise and all(e[1] == "asserted" for e in praise)


def test_threat_coordinated_with_a_demand_is_made():
    # the parse hangs "drohte" on the adjective of the demanded withdrawal
    events = _events(
        "Polen verlangte Russlands sofortigen Abzug und drohte, andernfalls neue Sanktionen zu verhängen."
    )
    threats = [e for e in events if e[0].startswith("13")]
    assert threats and all(e[1] == "asserted" for e in threats)


@pytest.mark.parametrize(
    "text",
    [
        # the charge as two coordinated infinitives, "zu" on the last only
        "Die Regierung nannte keine Opferzahlen und warf Indien vor, die Grenze überschritten und Soldaten "
        "angegriffen zu haben.",
        # the charge where the accuser is no actor and the accusation itself is not coded
        "Ein Abgeordneter warf den USA vor, die Opposition zu finanzieren.",
    ],
)
def test_charge_of_an_accusation_is_no_event(text):
    events = _events(text)
    assert not [e for e in events if not e[0].startswith("11")]


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
