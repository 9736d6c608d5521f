"""A phrase compared before the finite verb ("Wie X …", "Anders als X …") is not the subject: the
subject follows the verb (`events.subject_repairs.compared_in_front`). Sentences of our own, through
the whole pipeline."""

from functools import partial

from tests.event_tuples import coded_dyads

coded = partial(coded_dyads, date="2024-05-02")


def test_the_state_compared_in_front_of_the_verb_does_not_act():
    found = coded("Wie Litauen droht jetzt auch Lettland Belarus mit der Schließung der Grenze.")
    assert ("LVA", "BLR") in {(source, target) for _, source, target in found}
    assert not [event for event in found if event[1] == "LTU"]
