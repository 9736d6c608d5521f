"""Criticism told from the criticised side ("X stieß auf Kritik", lexicon target `recipient`,
`events/recipients.py`): the critic may be the state of the place where it was voiced ("stieß in Kabul
auf Empörung"), and an act criticised is aimed at whoever did it. Sentences written for this file,
through the real pipeline."""

from __future__ import annotations

from tests.event_tuples import coded_dyads

DATE = "2025-05-01"


def test_criticism_voiced_in_a_capital_comes_from_its_state_and_is_aimed_at_the_act_done_before():
    text = "Pakistan schloss die Grenze zu Afghanistan. In Kabul stieß die Schließung auf Empörung."
    found = {(code[:2], source, target) for code, source, target in coded_dyads(text, DATE)}
    assert ("11", "AFG", "PAK") in found


def test_an_act_criticised_with_no_critic_named_is_not_coded():
    # the performer is a guess from the sentence before: without a critic named there is nothing to code
    text = "Pakistan schloss die Grenze zu Afghanistan. Die Schließung stieß auf Empörung."
    coded = coded_dyads(text, DATE)
    assert not any(code.startswith("11") for code, _, _ in coded)
    assert any(source == "PAK" and target == "AFG" for _, source, target in coded)  # the closure itself stays


def test_a_named_actor_that_met_criticism_in_a_capital_is_its_target():
    text = "Ungarn stieß mit seinem Veto in Brüssel auf scharfe Kritik."
    found = {(code[:2], target) for code, _, target in coded_dyads(text, DATE)}
    assert ("11", "HUN") in found
