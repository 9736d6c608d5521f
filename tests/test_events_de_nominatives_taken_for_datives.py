"""A subject right after the finite verb that the parse labelled a dative, though its article ("das",
"die") is none a dative takes, with a lone word in front taken for the subject
(`subject_repairs.nominative_taken_for_dative`). Sentences of our own, through the whole pipeline."""

from functools import partial

from tests.event_tuples import coded_events

coded = partial(coded_events, date="2024-05-01", keep_implausible=True)


def test_a_neuter_subject_after_a_fronted_participle_acts():
    found = coded("Enttäuscht zeigte sich daraufhin das Pentagon.")
    assert ("110", "USA", None, "asserted") in found
