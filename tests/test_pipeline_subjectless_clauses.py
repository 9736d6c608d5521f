"""An active finite clause has a subject: where the parser labels the name or state body that is its
subject an object and leaves the verb none, or gives it only a phrase marked accusative, that phrase
becomes the subject (`pipeline.doubled_subjects`). The misparses are written by hand on sentences of
our own."""

import pytest

from lagebild.pipeline.doubled_subjects import relabel_doubled_subjects
from tests.handmade_parses import handmade_doc

FINITE = "Mood=Ind|Tense=Past|VerbForm=Fin"


def test_the_name_a_subjectless_clause_has_as_its_object_is_its_subject():
    # "Am Montag empfing Tokajew den Gast." with "Tokajew" read as the object
    doc = handmade_doc(
        [
            ("Am", 1, "case", "ADP", "APPRART", ""),
            ("Montag", 2, "obl", "NOUN", "NN", ""),
            ("empfing", 2, "ROOT", "VERB", "VVFIN", FINITE),
            ("Tokajew", 2, "obj", "PROPN", "NE", ""),
            ("den", 5, "det", "DET", "ART", "Case=Acc"),
            ("Gast", 2, "obj", "NOUN", "NN", ""),
            (".", 2, "punct", "PUNCT", "$.", ""),
        ]
    )
    relabel_doubled_subjects(doc)
    assert [doc[3].dep_, doc[5].dep_] == ["nsubj", "obj"]


@pytest.mark.parametrize(
    ("rows", "subject"),
    [
        pytest.param(
            # "Am Montag nahm die Polizei zwei Männer fest." with "die Polizei" read as the object
            [
                ("Am", 1, "case", "ADP", "APPRART", ""),
                ("Montag", 2, "obl", "NOUN", "NN", ""),
                ("nahm", 2, "ROOT", "VERB", "VVFIN", FINITE),
                ("die", 4, "det", "DET", "ART", ""),
                ("Polizei", 2, "obj", "NOUN", "NN", ""),
                ("zwei", 6, "nummod", "NUM", "CARD", ""),
                ("Männer", 2, "obl", "NOUN", "NN", ""),
                ("fest", 2, "compound:prt", "ADP", "PTKVZ", ""),
                (".", 2, "punct", "PUNCT", "$.", ""),
            ],
            4,
            id="a state body",
        ),
        pytest.param(
            # "…, ohne dass Manila protestierte." with "Manila" read as the object, the verb finite by its
            # mood alone (no VerbForm)
            [
                ("ohne", 3, "mark", "ADP", "APPR", ""),
                ("dass", 3, "mark", "SCONJ", "KOUS", ""),
                ("Manila", 3, "obj", "PROPN", "NE", ""),
                ("protestierte", 3, "ROOT", "VERB", "VVFIN", "Mood=Ind|Tense=Past"),
                (".", 3, "punct", "PUNCT", "$.", ""),
            ],
            2,
            id="a verb finite by its mood",
        ),
    ],
)
def test_a_state_body_or_name_a_subjectless_clause_has_as_its_object_is_its_subject(rows, subject):
    doc = handmade_doc(rows)
    relabel_doubled_subjects(doc)
    assert doc[subject].dep_ == "nsubj"


@pytest.mark.parametrize(("gender", "labels"), [("Neut", ["nsubj", "obj"]), ("Masc", ["obj", "appos"])])
def test_a_state_name_read_as_the_apposition_of_a_body_is_its_object(gender, labels):
    # "Danach forderte die Führung Kenia auf, …" with "Kenia" read as the apposition of the object
    # "die Führung"; a leadership named after its (masculine) leader keeps the parse
    doc = handmade_doc(
        [
            ("Danach", 1, "advmod", "ADV", "PAV", ""),
            ("forderte", 1, "ROOT", "VERB", "VVFIN", FINITE),
            ("die", 3, "det", "DET", "ART", ""),
            ("Führung", 1, "obj", "NOUN", "NN", ""),
            ("Kenia", 3, "appos", "PROPN", "NE", f"Gender={gender}"),
            ("auf", 1, "compound:prt", "ADP", "PTKVZ", ""),
            (".", 1, "punct", "PUNCT", "$.", ""),
        ]
    )
    relabel_doubled_subjects(doc)
    assert [doc[3].dep_, doc[4].dep_] == labels
    assert doc[4].head.i == (1 if gender == "Neut" else 3)


def test_an_accusative_pronoun_read_as_the_subject_gives_way_to_the_name():
    # "Eingeladen hatte ihn Scholz." with "ihn" read as the subject and "Scholz" as the object
    doc = handmade_doc(
        [
            ("Eingeladen", 1, "xcomp", "VERB", "VVPP", "VerbForm=Part"),
            ("hatte", 1, "ROOT", "AUX", "VAFIN", FINITE),
            ("ihn", 1, "nsubj", "PRON", "PPER", "Case=Acc"),
            ("Scholz", 1, "obj", "PROPN", "NE", ""),
            (".", 1, "punct", "PUNCT", "$.", ""),
        ]
    )
    relabel_doubled_subjects(doc)
    assert [doc[2].dep_, doc[3].dep_] == ["obj", "nsubj"]


@pytest.mark.parametrize(
    "rows",
    [
        pytest.param(
            [
                ("Am", 1, "case", "ADP", "APPRART", ""),
                ("Montag", 4, "obl", "NOUN", "NN", ""),
                ("wurde", 4, "aux:pass", "AUX", "VAFIN", FINITE),
                ("Tokajew", 4, "obj", "PROPN", "NE", ""),
                ("empfangen", 4, "ROOT", "VERB", "VVPP", "VerbForm=Part"),
                (".", 4, "punct", "PUNCT", "$.", ""),
            ],
            id="a passive",
        ),
        pytest.param(
            [
                ("Am", 1, "case", "ADP", "APPRART", ""),
                ("Sonntag", 2, "obl", "NOUN", "NN", ""),
                ("rammte", 2, "ROOT", "VERB", "VVFIN", FINITE),
                ("ein", 4, "det", "DET", "ART", ""),
                ("Fischerboot", 2, "obj", "NOUN", "NN", ""),
                (".", 2, "punct", "PUNCT", "$.", ""),
            ],
            id="an object noun, not a name",
        ),
    ],
)
def test_clauses_that_may_lack_a_subject_or_whose_subject_hangs_elsewhere_keep_their_parse(rows):
    doc = handmade_doc(rows)
    relabel_doubled_subjects(doc)
    assert [t.dep_ for t in doc] == [row[2] for row in rows]


def test_the_subject_hung_on_the_adjective_of_sich_zeigen_is_the_verbs():
    # "In Rom zeigte man sich besorgt." with "man" and "sich" hung on the adjective
    doc = handmade_doc(
        [
            ("In", 1, "case", "ADP", "APPR", ""),
            ("Rom", 2, "obl", "PROPN", "NE", ""),
            ("zeigte", 2, "ROOT", "VERB", "VVFIN", FINITE),
            ("man", 5, "nsubj", "PRON", "PIS", ""),
            ("sich", 5, "obj", "PRON", "PRF", ""),
            ("besorgt", 2, "xcomp", "ADJ", "ADJD", ""),
            (".", 2, "punct", "PUNCT", "$.", ""),
        ]
    )
    relabel_doubled_subjects(doc)
    assert [(t.dep_, t.head.i) for t in doc[3:5]] == [("nsubj", 2), ("obj", 2)]


def test_a_name_labelled_the_subject_of_a_zu_infinitive_is_its_object():
    # "Paris droht, Bamako zu bestrafen." with "Bamako" read as the infinitive's subject
    doc = handmade_doc(
        [
            ("Paris", 1, "nsubj", "PROPN", "NE", ""),
            ("droht", 1, "ROOT", "VERB", "VVFIN", FINITE),
            (",", 5, "punct", "PUNCT", "$,", ""),
            ("Bamako", 5, "nsubj", "PROPN", "NE", ""),
            ("zu", 5, "mark", "PART", "PTKZU", ""),
            ("bestrafen", 1, "xcomp", "VERB", "VVINF", ""),
            (".", 1, "punct", "PUNCT", "$.", ""),
        ]
    )
    relabel_doubled_subjects(doc)
    assert doc[3].dep_ == "obj"


@pytest.mark.parametrize(
    ("verb", "lemma", "label"), [("verbietet", "verbieten", "nsubj"), ("gibt", "geben", "expl")]
)
def test_an_es_beside_an_object_is_the_subject_unless_es_gibt(verb, lemma, label):
    # "Es verbietet ausländischen Banken den Handel." with "Es" read as an expletive
    doc = handmade_doc(
        [
            ("Es", 1, "expl", "PRON", "PPER", ""),
            (verb, 1, "ROOT", "VERB", "VVFIN", "Mood=Ind|Tense=Pres"),
            ("den", 3, "det", "DET", "ART", "Case=Acc"),
            ("Handel", 1, "obj", "NOUN", "NN", ""),
            (".", 1, "punct", "PUNCT", "$.", ""),
        ]
    )
    doc[1].lemma_ = lemma
    relabel_doubled_subjects(doc)
    assert doc[0].dep_ == label
