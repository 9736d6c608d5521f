"""A verb row's object constraint is met by the wanted noun in any of its forms and at the end of a
compound ("Untersuchungshaft", "Raketenangriffen"), not by a word that only ends in its letters: a
derivation ("Partnerschaft"), an agent noun ("Botschafter"), an adjective in -isch."""

import pytest

from lagebild.events.lexicon import LexiconEntry
from lagebild.events.object_matching import matches_object, named_place
from lagebild.pipeline import get_pipeline


def _row(*objects: str, code: str = "173") -> LexiconEntry:
    return LexiconEntry(
        code=code, kind="V", lemma="nehmen", particle=None, reflexive=False,
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


def test_each_wanted_noun_judges_its_own_compound_ending():
    # all the row's endings are tested at once; the boundary is then judged for the noun that ended it:
    # "-schaft" is a suffix after "haft", not after "angriff"
    noun = _word("Die Regierung lobte die Partnerschaft mit Polen.", "Partnerschaft")
    assert not matches_object(noun, _row("angriff", "haft"))
    attack = _word("Die Armee meldete einen Drohnenangriff auf die Stadt.", "Drohnenangriff")
    assert matches_object(attack, _row("haft", "angriff"))


def test_a_figurative_compound_is_no_force():
    noun = _word("Die Behörde meldete neue Cyberangriffe auf die Stadt.", "Cyberangriffe")
    assert not matches_object(noun, _row("blockade", "angriff", code="190"))
    assert matches_object(noun, _row("blockade", "angriff", code="111"))


def test_an_adjective_row_meets_its_inflected_forms_only_as_adjective():
    sentence = "Der Minister sprach von einem inakzeptablen Vorgang."
    assert matches_object(_word(sentence, "inakzeptablen"), _row("vorfall", "inakzeptabel"))
    assert not matches_object(_word(sentence, "Vorgang"), _row("vorfall", "inakzeptabel"))


def test_a_named_place_fills_a_row_that_takes_any_place():
    # "Ortsname": any place the gazetteer knows, as the object (session 55)
    row = _row("ortsname", "stadt", code="192")
    assert named_place(_word("Syrische Rebellen haben Aleppo eingenommen.", "Aleppo"), row)
    assert not named_place(_word("Syrische Rebellen haben Aleppo eingenommen.", "Rebellen"), row)
    assert not named_place(_word("Die Regierung nimmt in Brüssel eine harte Haltung ein.", "Haltung"), row)
    assert not named_place(_word("Syrische Rebellen haben Aleppo eingenommen.", "Aleppo"), _row("stadt"))
