"""The actor stage asks every token whether it is a demonstrative standing alone as a subject
(`actor_pronouns.demonstrative_subject_gender`): the word alone rules most out, before its neighbour is read;
a demonstrative subject keeps its gender, one before a plural verb or a noun has none."""

from types import SimpleNamespace

import pytest

from lagebild.pipeline import get_pipeline
from lagebild.pipeline.actor_pronouns import demonstrative_subject_gender


class UnreadDoc:
    """A doc whose tokens must not be read."""

    def __len__(self):
        return 3

    def __getitem__(self, i):
        raise AssertionError("the neighbour of a word that is no demonstrative was read")


def test_a_word_that_is_no_demonstrative_is_ruled_out_by_itself():
    word = SimpleNamespace(lower_="regierung", i=0, dep_="nsubj", doc=UnreadDoc())
    assert demonstrative_subject_gender(word) is None


@pytest.mark.parametrize(
    ("text", "word", "gender"),
    [
        ("Orbán empfing den Kanzler. Dieser bot Ungarn Hilfe an.", "Dieser", "m"),
        ("Orbán empfing die Kanzlerin. Diese hatte Ungarn zuvor kritisiert.", "Diese", "f"),
        ("Orbán empfing die Minister. Diese hatten Ungarn zuvor kritisiert.", "Diese", None),
        ("Diese Gespräche seien ein Erfolg, sagte Orbán.", "Diese", None),
    ],
)
def test_a_demonstrative_subject_has_its_gender(text, word, gender):
    doc = get_pipeline("de")(text)
    token = next(t for t in doc if t.text == word)
    assert demonstrative_subject_gender(token) == gender
