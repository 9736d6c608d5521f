"""Persons the KB places in no state (events/coder.py `_person`): acted on by a state whose sentence
names no other state, such a person is one of the state's own people; an international organisation
has no people of its own and keeps the person. Sentences of our own, through the real pipeline."""

from __future__ import annotations

from lagebild import analyze

DATE = "2026-11-20"


def _pairs(text: str) -> set[tuple[str | None, str | None, str | None]]:
    events = analyze(text, date=DATE, lang="de").events
    return {
        (
            e.source.actor_code if e.source else None,
            e.target.country if e.target else None,
            e.target.actor_code if e.target else None,
        )
        for e in events
        if e.code.startswith("112")
    }


def test_an_unknown_person_blamed_by_a_state_is_its_own_people():
    text = "Der Kreml machte den Blogger Ilja Warlamow für die Proteste verantwortlich."
    assert _pairs(text) == {("RUSGOV", "RUS", "RUSCVL")}


def test_an_organisation_has_no_people_of_its_own():
    text = "Die Vereinten Nationen machten den Milizenführer Abu Karim Saleh für das Massaker verantwortlich."
    assert _pairs(text) == {("IGOUNO", None, None)}


def test_a_state_named_beside_the_person_is_the_target():
    text = "Der Kreml machte den Blogger Ilja Warlamow und Washington für die Proteste verantwortlich."
    assert _pairs(text) == {("RUSGOV", "USA", "USAGOV")}
