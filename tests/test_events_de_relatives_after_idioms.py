"""A relative clause after a verb idiom ("ging mit Belarus ins Gericht, das …", "zur Rechenschaft
ziehen") stands for the actor before the idiom's noun, which names nothing. Sentences of our own,
through the whole pipeline."""

from functools import partial

from tests.event_tuples import coded_dyads

coded = partial(coded_dyads, date="2024-05-02")


def test_a_relative_clause_after_ins_gericht_gehen_is_the_actor_before_it():
    found = coded(
        "Scharf ging der polnische Außenminister mit Belarus ins Gericht, das dem Kreml seinen Boden "
        "zur Verfügung gestellt habe."
    )
    assert any(source == "BLR" and target == "RUS" for _, source, target in found)


def test_a_noun_before_the_comma_that_is_no_idiom_stays_the_antecedent():
    # a guard: "das Abkommen" is what the relative clause is about, not Georgia
    found = coded("Die EU lobte Georgien für das Abkommen, das Armenien Hilfe zusagt.")
    assert not [event for event in found if event[1] == "GEO"]
