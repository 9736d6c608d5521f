"""The subject of a relative clause: the antecedent of its relative pronoun, also where the parse
labels a later noun the finite verb disagrees with; an antecedent naming no side leaves no other
noun of the clause to act. Sentences of our own, through the whole pipeline."""

from functools import partial

from tests.event_tuples import coded_dyads

coded = partial(coded_dyads, date="2024-05-02")


def test_a_relative_pronoun_subject_acts_for_the_name_right_before_its_comma():
    # a guard: the parse hangs the relative clause on "Vorwürfe", which agrees with "das" too; the
    # antecedent is the noun right before the comma
    found = coded(
        "Der Minister nannte solche Vorwürfe gegenüber Polen, das der Ukraine seit Monaten Panzer liefere, ungerecht."
    )
    assert ("072", "POL", "UKR") in found


def test_a_relative_clause_whose_antecedent_is_a_group_of_nobody_takes_no_source_from_its_objects():
    # the finite verb is plural, "der kenianischen Polizei" singular: the police are addressed, not acting
    found = coded(
        "Scharfe Kritik kam von Menschenrechtlern, die der kenianischen Polizei übermäßige Gewalt vorwerfen."
    )
    assert not [event for event in found if event[1] == "KEN"]


def test_a_plural_relative_clause_verb_read_as_an_infinitive_leaves_its_singular_name_the_object():
    # "unterstützen" at the clause end looks like an infinitive and "die" was read as the object: the
    # plural verb cannot agree with "Kiew", so the antecedent acts and Kiev is supported
    found = coded("Berlin und Wien, die Kiew seit Monaten unterstützen, warnten Moskau.")
    assert ("050", "AUT", "UKR") in found
    assert not [event for event in found if event[1] == "UKR"]


def test_a_relative_clause_after_the_closing_verb_stands_for_the_object_before_that_verb():
    # "festgenommen, die …": the clause follows the participle that closes the main clause; its pronoun
    # stands for "Journalisten", and "Viktor Orbán", singular beside the plural "hatten", is its object
    found = coded(
        "Am Montag hatte Warschau drei Journalisten festgenommen, die Ministerpräsident Viktor Orbán "
        "scharf kritisiert hatten."
    )
    assert not any(source == "HUN" for _, source, _ in found)
    assert ("173", "POL", "POL") in found
