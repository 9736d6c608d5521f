"""The word lexicons of unowned institutions are asked once per distinct word (actor_institutions'
_names_no_body): bodies, protesters and crowds are still placed in the state their passage names."""

from __future__ import annotations

from lagebild.pipeline.actor_institutions import _names_no_body
from tests.entity_mentions import mentioned_entity


def test_words_that_can_name_a_body_are_not_ruled_out():
    # core institution, ministry compound, rebels, civilians, a crowd count (read with the word after it)
    for word in ("Polizei", "Innenministerium", "Rebellen", "Zivilisten", "Tausende"):
        assert not _names_no_body(word)
    for word in ("Haus", "gestern", "und", "Tiflis"):
        assert _names_no_body(word)


def test_police_placed_by_the_capital_of_its_sentence():
    entity = mentioned_entity(
        "In Tiflis nahm die Polizei am Montag zwölf Demonstranten fest.", words="die Polizei"
    )
    assert entity is not None and entity.country == "GEO"


def test_crowd_alone_is_civilians_of_the_place():
    text = "In Eriwan demonstrierten am Sonntag Tausende gegen die Regierung."
    entity = mentioned_entity(text, words="Tausende")
    assert entity is not None and entity.country == "ARM"
