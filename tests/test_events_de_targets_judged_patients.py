"""Whom a judged act was aimed at is not the one judged (events/targets_judged_patients.py): the party
named with "auf"/"gegen" in the judged noun phrase is no target to guess; and an actor of another
predicate is no guess for a judgement (events/targets_other_predicates.py). Sentences of our own."""

from __future__ import annotations

import pytest

from tests.event_tuples import events_of, state_of

DATE = "2026-11-20"


def _pairs(text: str, code: str) -> set[tuple[str | None, str | None]]:
    """(source state, target state) of the events whose code starts with `code`."""
    return {
        (state_of(e.source), state_of(e.target)) for e in events_of(text, DATE) if e.code.startswith(code)
    }


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Die Regierung in Oslo verurteilte den Anschlag auf die türkische Botschaft.", "NOR"),
        ("Das Außenministerium in Rom verurteilte den Raketenangriff auf Kiew.", "ITA"),
        ("Paris verurteilte die Angriffe auf Zivilisten in Mali scharf.", "FRA"),
        ("Eine Beteiligung an den Sanktionen gegen Russland lehnt Serbien weiterhin ab.", "SRB"),
        ("Die Regierung in Rom kritisierte die neuen Zölle auf Autos aus Italien.", "ITA"),
    ],
)
def test_the_victim_of_a_judged_act_is_not_its_target(text: str, source: str) -> None:
    found = _pairs(text, "1")
    assert (source, None) in found
    assert all(target is None for _, target in found)


def test_the_performer_of_a_judged_act_stays_its_target() -> None:
    assert _pairs("Berlin kritisierte die Drohungen Moskaus gegen Litauen.", "11") == {("DEU", "RUS")}


def test_a_charge_of_an_act_against_the_own_state_answers_the_offender_before() -> None:
    found = _pairs(
        "Äthiopien schickte am Montag Truppen über die Grenze. "
        "Somalias Präsident sprach von einem Angriff auf die Souveränität Somalias.",
        "112",
    )
    assert found == {("SOM", "ETH")}


def test_the_party_of_a_contrasting_clause_is_no_target() -> None:
    found = _pairs(
        "Die Türkei verurteilte den Beschluss, während Griechenland die EU-Kommission aufforderte, "
        "die Gespräche fortzusetzen.",
        "11",
    )
    assert found == {("TUR", None)}


def test_the_party_of_a_verb_coordinated_after_a_charge_is_no_target() -> None:
    found = _pairs(
        "Paris hatte Teheran am Montag zur Mäßigung aufgerufen. Der iranische Außenamtssprecher sprach "
        "von Einmischung und bestritt, dass die Polizei auf friedliche Demonstranten geschossen habe.",
        "112",
    )
    assert found == {("IRN", "FRA")}


def test_a_charge_names_its_accused_in_the_dative_not_an_offender_from_before() -> None:
    text = (
        "Die EU-Kommission kritisierte am Montag die Regierung in Warschau. "
        "Polens Regierungschef Donald Tusk warf dem Kreml einen Angriff auf die Stromversorgung vor."
    )
    assert _pairs(text, "112") == {("POL", "RUS")}
