"""A relative "die" or "das" after a name is the subject of its clause where neither it nor the noun
after it shows its case: the parser's misreadings, the pronoun as the object beside a subject noun or as
the article of a bare name, are undone (`pipeline.doubled_subjects`); after a thing the parse is kept.
The misparses are written by hand on sentences of our own."""

from lagebild.pipeline.doubled_subjects import relabel_doubled_subjects
from tests.handmade_parses import handmade_doc

PRESENT = "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"


def _relative_clause(pronoun_head, pronoun_dep, pronoun_tag, noun_dep, antecedent_pos="PROPN"):
    # "Litauen, das die Nato seit Jahren lobt, schwieg." / "Litauen, das Minsk seit Jahren lobt, schwieg."
    return handmade_doc(
        [
            ("Litauen", 8, "nsubj", antecedent_pos, "NE" if antecedent_pos == "PROPN" else "NN", ""),
            (",", 6, "punct", "PUNCT", "$,", ""),
            ("das", pronoun_head, pronoun_dep, "PRON", pronoun_tag, ""),
            ("Nato", 6, noun_dep, "PROPN", "NE", ""),
            ("seit", 5, "case", "ADP", "APPR", ""),
            ("Jahren", 6, "obl", "NOUN", "NN", ""),
            ("lobt", 0, "acl", "VERB", "VVFIN", PRESENT),
            (",", 6, "punct", "PUNCT", "$,", ""),
            ("schwieg", 8, "ROOT", "VERB", "VVFIN", "Mood=Ind|Tense=Past|VerbForm=Fin"),
            (".", 8, "punct", "PUNCT", "$.", ""),
        ]
    )


def test_a_relative_pronoun_read_as_object_after_a_name_is_the_subject():
    doc = _relative_clause(6, "obj", "PRELS", "nsubj")
    relabel_doubled_subjects(doc)
    assert [doc[2].dep_, doc[3].dep_] == ["nsubj", "obj"]


def test_a_relative_pronoun_read_as_the_article_of_a_bare_name_is_the_subject():
    doc = _relative_clause(3, "det", "PRELS", "obj")
    relabel_doubled_subjects(doc)
    assert [doc[2].head.i, doc[2].dep_, doc[3].dep_] == [6, "nsubj", "obj"]


def test_a_relative_pronoun_after_a_thing_keeps_its_parse():
    doc = _relative_clause(6, "obj", "PRELS", "nsubj", antecedent_pos="NOUN")
    relabel_doubled_subjects(doc)
    assert [doc[2].dep_, doc[3].dep_] == ["obj", "nsubj"]


def test_a_relative_pronoun_read_as_the_article_of_a_bare_noun_is_the_subject():
    # the pronoun read as the article of a bare noun, the clause's only object
    doc = _relative_clause(3, "det", "ART", "obj")
    doc[3].pos_, doc[3].tag_ = "NOUN", "NN"
    relabel_doubled_subjects(doc)
    assert [doc[2].dep_, doc[3].dep_] == ["nsubj", "obj"]
