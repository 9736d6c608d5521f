"""Small general mends of the German event coder (round 8): "den Emiraten", the addressee of an
announced answer, armies that pull back."""

from __future__ import annotations

import pytest

import lagebild

DATE = "2024-03-01"


def _events(text: str) -> list[tuple[str, str | None, str | None, str]]:
    analysis = lagebild.analyze(text, date=DATE, lang="de")
    return [
        (
            e.code,
            e.source.country if e.source else None,
            e.target.country if e.target else None,
            e.modality,
        )
        for e in analysis.events
    ]


@pytest.mark.parametrize(
    "text",
    ["Der Iran drohte den Emiraten.", "Der Iran drohte den Vereinigten Arabischen Emiraten."],
)
def test_the_emirates_in_the_dative_are_the_united_arab_emirates(text):
    assert ("130", "IRN", "ARE", "asserted") in _events(text)


def test_announced_retaliation_answers_the_attack_named_before_it():
    events = _events("Nach dem ukrainischen Angriff auf Belgorod kündigte Moskau Vergeltung an.")
    assert ("130", "RUS", "UKR", "asserted") in events
    assert ("160", "RUS", "UKR", "future") in events


def test_announced_retaliation_without_an_answered_act_threatens_no_one():
    events = _events("Moskau kündigte Vergeltung an.")
    assert not [e for e in events if e[0].startswith("13")]


@pytest.mark.parametrize(
    "text, state",
    [
        ("Die ukrainische Armee zog sich aus der Stadt Awdijiwka zurück.", "UKR"),
        ("Die russische Armee zieht sich aus dem Brückenkopf am Dnipro zurück.", "RUS"),
    ],
)
def test_an_army_pulling_back_is_a_military_withdrawal(text, state):
    codes = [(code, source) for code, source, _, _ in _events(text)]
    assert any(code.startswith("087") and source == state for code, source in codes)
    assert not any(code.startswith("16") for code, _ in codes)


def test_a_state_leaving_an_agreement_still_reduces_relations():
    codes = [code for code, *_ in _events("Die USA zogen sich aus dem Atomabkommen zurück.")]
    assert any(code.startswith("16") for code in codes)
    assert not any(code.startswith("08") for code in codes)
