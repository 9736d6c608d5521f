"""A verb row's object constraint is met by the wanted noun in any of its forms and at the end of a
compound ("Untersuchungshaft", "Raketenangriffen"), not by a word that only ends in its letters: a
derivation ("Partnerschaft"), an agent noun ("Botschafter"), an adjective in -isch."""

import pytest

from lagebild.events.lexicon import LexiconEntry
from lagebild.events.triggers import matches_object
from lagebild.pipeline import get_pipeline


def _row(*objects: str) -> LexiconEntry:
    return LexiconEntry(
        code="173", kind="V", lemma="nehmen", particle=None, reflexive=False,
        objects=frozenset(objects), target="obj", example="",
    )  # fmt: skip


def _word(sentence: str, word: str):
    return next(t for t in get_pipeline("de")(sentence) if t.text == word)


@pytest.mark.parametrize(
    ("sentence", "word", "matched"),
    [
        ("Der Richter ordnete Haft für den Verdächtigen an.", "Haft", True),
        ("Der Richter ordnete Untersuchungshaft für den Verdächtigen an.", "Untersuchungshaft", True),
        ("Die Regierung lobte die Partnerschaft mit Polen.", "Partnerschaft", False),
        ("Die Regierung bestellte den Botschafter ein.", "Botschafter", False),
    ],
)
def test_a_compound_ends_in_the_wanted_noun(sentence, word, matched):
    assert matches_object(_word(sentence, word), _row("haft")) is matched


def test_any_of_several_wanted_nouns():
    noun = _word("Die Armee meldete neue Raketenangriffe auf die Stadt.", "Raketenangriffe")
    assert matches_object(noun, _row("blockade", "angriff"))
    assert not matches_object(noun, _row("blockade", "haft"))
