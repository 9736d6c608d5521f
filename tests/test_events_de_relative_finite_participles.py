"""A relative clause needs a finite verb: a verb-final form the tagger took for a participle
("vermittelt") with no auxiliary is the finite present, and the relative pronoun is its subject."""

from tests.event_tuples import coded_dyads


def test_relative_pronoun_is_the_subject_of_a_finite_participle_form():
    found = coded_dyads(
        "Oman, das seit Jahren zwischen Washington und Teheran vermittelt, lud beide Seiten ein.",
        "2024-05-01",
    )
    assert ("045", "OMN", "IRN") in found
