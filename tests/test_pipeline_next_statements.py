"""A main clause after a comma that the parser hung on the verb before as an attribute ("acl") is the
next statement beside it (`pipeline.next_statements`): relabelled "parataxis"; a relative clause keeps
its label. The misparses are written by hand on sentences of our own."""

from lagebild.pipeline.next_statements import relabel_next_statements
from tests.handmade_parses import handmade_doc

PAST = "Mood=Ind|Tense=Past|VerbForm=Fin"
PRESENT = "Mood=Ind|Tense=Pres|VerbForm=Fin"
# "Polen sagte Kiew Panzer zu, …": the pledge, and the comma that opens the clause hung on it
PLEDGE = [
    ("Polen", 1, "nsubj", "PROPN", "NE", ""),
    ("sagte", 1, "ROOT", "VERB", "VVFIN", PAST),
    ("Kiew", 1, "iobj", "PROPN", "NE", ""),
    ("Panzer", 1, "obj", "NOUN", "NN", ""),
    ("zu", 1, "compound:prt", "ADP", "PTKVZ", ""),
    (",", 8, "punct", "PUNCT", "$,", ""),
]


def test_a_main_clause_hung_on_the_verb_before_is_the_next_statement():
    # "Polen sagte Kiew Panzer zu, das Parlament berät noch."
    doc = handmade_doc(
        [
            *PLEDGE,
            ("das", 7, "det", "DET", "ART", ""),
            ("Parlament", 8, "nsubj", "NOUN", "NN", ""),
            ("berät", 1, "acl", "VERB", "VVFIN", PRESENT),
            ("noch", 8, "advmod", "ADV", "ADV", ""),
            (".", 1, "punct", "PUNCT", "$.", ""),
        ]
    )
    relabel_next_statements(doc)
    assert doc[8].dep_ == "parataxis"


def test_a_relative_clause_hung_on_the_verb_stays_an_attribute():
    # "Polen sagte Kiew Panzer zu, die bald eintreffen."
    doc = handmade_doc(
        [
            *PLEDGE,
            ("die", 8, "nsubj", "PRON", "PRELS", ""),
            ("bald", 8, "advmod", "ADV", "ADV", ""),
            ("eintreffen", 1, "acl", "VERB", "VVFIN", PRESENT),
            (".", 1, "punct", "PUNCT", "$.", ""),
        ]
    )
    relabel_next_statements(doc)
    assert doc[8].dep_ == "acl"
