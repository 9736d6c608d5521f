"""Offices held for a time or named by a compound with a linking "n" (`pipeline/actor_lexicon.py`): an
interim or transitional president holds the presidency ("Interimspräsidentin X", "der
Übergangspräsident"), and "Luftwaffenchef" heads a part of the state as "Marinechef" does."""

from __future__ import annotations

import pytest

from lagebild.pipeline.actor_lexicon import parse_role_de
from tests.entity_mentions import mentioned_entity


@pytest.mark.parametrize(
    ("word", "gender"),
    [("Interimspräsident", "m"), ("Interimspräsidentin", "f"), ("Übergangspräsidenten", "m")],
)
def test_an_interim_president_holds_the_presidency(word, gender):
    role = parse_role_de(word)
    assert role is not None and role.role == "president" and role.gender == gender


def test_a_compound_with_a_linking_n_names_a_part_of_the_state():
    role = parse_role_de("Luftwaffenchef")
    assert role is not None and role.role == "leader"


@pytest.mark.parametrize("word", ["Konzernchef", "Fußballchef", "Bandenchef"])
def test_a_chief_of_no_part_of_the_state_is_still_no_office(word):
    assert parse_role_de(word) is None


def test_a_named_interim_president_is_of_the_passage_state():
    text = (
        "In Ecuador spitzt sich die Lage zu. Interimspräsidentin Carla Mendoza warf Kolumbien vor, "
        "die Grenze nicht zu sichern."
    )
    entity = mentioned_entity(text, words="Carla Mendoza")
    assert entity is not None and entity.country == "ECU"
