"""How far back the German coder looks for what a sentence leaves unnamed, through the whole pipeline
(`lagebild.analyze`): a group noun ("die drei Staaten") stands for a list named in its own sentence or
the two before it, not for one named further back, and the passage starts at the article's beginning
where fewer sentences precede. Sentences of our own."""

from tests.event_tuples import code_sources

DATE = "2024-05-01"
LISTED = "Estland, Lettland und Litauen schlossen im Herbst ihre Grenzübergänge für Russen."
GROUP = "Die drei Staaten halten ihr Einreiseverbot für russische Touristen aufrecht."
FILLER = ("Das Wetter blieb im ganzen Land kühl.", "Am Wochenende regnete es an der Küste.",
          "Die Ferien beginnen im Juli.")  # fmt: skip


def test_the_list_two_sentences_back_still_stands_behind_the_group_noun():
    text = " ".join((LISTED, *FILLER[:1], GROUP))
    assert code_sources(text, DATE, "163") == {"EST", "LVA", "LTU"}


def test_a_list_three_sentences_back_is_too_far_to_stand_behind_it():
    text = " ".join((LISTED, *FILLER[:2], GROUP))
    assert code_sources(text, DATE, "163") == set()


def test_the_passage_of_the_first_sentences_starts_with_the_article():
    text = " ".join(("Estland, Lettland und Litauen sind Nachbarn.", GROUP))
    assert code_sources(text, DATE, "163") == {"EST", "LVA", "LTU"}
