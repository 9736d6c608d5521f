"""One vocabulary of a state's people and institutions, shared by the actor stage and the event coder:
the event coder's crowds and targeted people are the actor stage's groups of people, and an institution
named without its state has the sector it has after a country adjective. New sentences, not from any
gold set."""

import lagebild
from lagebild.events.implicit_sources import CROWD_NOUNS
from lagebild.events.targets_domestic import PEOPLE
from lagebild.pipeline.actor_lexicon import (
    AGENTS_DE,
    CIVILIANS_DE,
    PEOPLE_GROUPS_DE,
    PROTESTERS_DE,
    STATE_INSTITUTIONS_DE,
    lowered,
)


def _pairs(text: str) -> set[tuple[str | None, str, str | None]]:
    events = lagebild.analyze(text, date="2026-11-01", lang="de").events
    return {
        (e.source.actor_code if e.source else None, e.code, e.target.actor_code if e.target else None)
        for e in events
    }


def test_event_coder_reads_every_group_of_people_the_actor_stage_reads():
    groups = lowered(PEOPLE_GROUPS_DE)
    assert lowered(CIVILIANS_DE) | lowered(PROTESTERS_DE) <= groups
    assert groups <= CROWD_NOUNS
    assert groups <= PEOPLE


def test_gatherings_stand_for_people_only_as_targets():
    assert "kundgebung" in PEOPLE
    assert "kundgebung" not in CROWD_NOUNS


def test_an_institution_keeps_its_sector_with_or_without_its_state():
    shared = STATE_INSTITUTIONS_DE.keys() & AGENTS_DE.keys()
    assert len(shared) > 20
    assert all(STATE_INSTITUTIONS_DE[word] == AGENTS_DE[word] for word in shared)


def test_civilians_without_article_protest_as_their_states_people():
    text = "Die Lage in Kenia bleibt angespannt. Bauern protestierten in Nairobi gegen hohe Preise."
    assert ("KENCVL", "141", "KENGOV") in _pairs(text)  # a crowd naming no one protests at home


def test_prisoners_protest_as_their_states_people():
    text = "Nach der Wahl in Georgien protestierten Häftlinge in Tiflis gegen die Haftbedingungen."
    assert ("GEOCVL", "141", "GEOGOV") in _pairs(text)


def test_police_named_without_state_arrests_protesters_of_the_place():
    assert ("GEOCOP", "173", "GEOOPP") in _pairs("In Tiflis nahm die Polizei Dutzende Demonstranten fest.")
