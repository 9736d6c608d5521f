"""Bare domestic bodies ("die Behörden", "die Regierung") after a sentence in which a foreign capital
or speaker acts: they stay the bodies of the state the story is about, unless a place in their own
sentence or a round-up paragraph opened by its place says otherwise."""

from __future__ import annotations

from tests.entity_mentions import mentioned_entity

HOME_STORY = (
    "In Eriwan protestierten Tausende gegen die Regierung. Die Polizei nahm Dutzende Teilnehmer fest. "
    "Moskau warnte vor einer Einmischung."
)


def test_body_after_foreign_capital_keeps_home_state():
    text = HOME_STORY + " Die Behörden sperrten das Stadtzentrum."
    entity = mentioned_entity(text, words="Die Behörden", date="2024-05-10")
    assert entity is not None and entity.country == "ARM"


def test_place_in_the_same_sentence_still_wins():
    text = HOME_STORY + " In Moskau lösten die Behörden eine Solidaritätskundgebung auf."
    entity = mentioned_entity(text, words="die Behörden", date="2024-05-10")
    assert entity is not None and entity.country == "RUS"


def test_round_up_paragraph_opened_by_its_place_keeps_its_own_bodies():
    text = (
        "Eriwan: Die Polizei nahm Dutzende Teilnehmer fest. Das Innenministerium sprach von Krawallen.\n\n"
        "Lima: Demonstranten blockierten Fernstraßen im Süden. Washington rief zur Ruhe auf. "
        "Die Regierung verhängte den Ausnahmezustand."
    )
    entity = mentioned_entity(text, words="Die Regierung", date="2024-05-10")
    assert entity is not None and entity.country == "PER"
