"""An act said not to have happened "either": "ebenso wenig", "genauso wenig" and "ebensowenig" negate it as
"nicht" does (negation_scope._as_little), also where the parser makes "wenig" the head of a verbless
clause; "ebenso" alone compares a done act. Sentences written for the tests."""

import pytest

from tests.event_tuples import code_modalities

ARTICLE_DATE = "2024-05-01"


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Ebenso wenig hat Frankreich seinen Botschafter aus Algier abberufen.", "negated"),
        ("Frankreich hat seinen Botschafter aus Algier genauso wenig abberufen wie Italien.", "negated"),
        ("Frankreich hat seinen Botschafter aus Algier ebensowenig abberufen.", "negated"),
        ("Frankreich hat seinen Botschafter aus Algier ebenso abberufen wie Italien.", "asserted"),
    ],
)
def test_as_little_negates_the_act_and_as_alone_does_not(text, modality):
    assert code_modalities(text, ARTICLE_DATE, "16") == {modality}


def test_as_little_heading_a_verbless_clause_negates_its_act():
    text = "Spanien hat den Gesandten nicht ausgewiesen. Und eine Kritik aus Lissabon ebenso wenig."
    assert code_modalities(text, ARTICLE_DATE, "11") == {"negated"}


@pytest.mark.parametrize("little", ["ebenso wenig", "ebensowenig"])
def test_as_little_before_a_noun_counts_it_and_the_act_is_done(little):
    text = f"Russland lieferte {little} Waffen an Syrien wie China."
    assert code_modalities(text, ARTICLE_DATE, "07") == {"asserted"}
