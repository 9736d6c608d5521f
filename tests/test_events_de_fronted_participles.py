"""A clause opening with its participle ("Vermittelt hatte das Abkommen Norwegen") puts the subject after
the finite auxiliary; the parse, which reads the capitalised participle as a noun, is redone so that
the act and its subject are found. Sentences of our own, through the whole pipeline."""

from functools import partial

from lagebild.pipeline import get_pipeline
from tests.event_tuples import coded_dyads

coded = partial(coded_dyads, date="2024-03-04")


def test_a_fronted_participle_of_the_perfect_heads_its_clause():
    doc = get_pipeline("de")("Abgelehnt hatte den Plan zuvor die tschechische Regierung.")
    participle = doc[0]
    assert participle.pos_ == "VERB"
    assert participle.dep_ == "ROOT"
    assert any(child.dep_ == "aux" and child.text == "hatte" for child in participle.children)


def test_the_subject_after_the_auxiliary_performs_the_fronted_act():
    found = coded("Abgelehnt hatte den Plan zuvor die tschechische Regierung.")
    assert any(code.startswith("12") and source == "CZE" for code, source, _ in found)


def test_a_fronted_mediation_names_the_mediator_after_the_auxiliary():
    found = coded("Vermittelt hatte die Vereinbarung das Sultanat Oman.")
    assert any(code.startswith("04") and source == "OMN" for code, source, _ in found)


def test_a_capitalised_noun_before_an_auxiliary_is_left_alone():
    doc = get_pipeline("de")("Gespräche hatte es zuvor nicht gegeben.")
    assert doc[0].pos_ != "VERB"
