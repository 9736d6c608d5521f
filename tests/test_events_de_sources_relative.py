"""The subject of a relative clause: the antecedent of its relative pronoun, also where the parse
labels a later noun the finite verb disagrees with; an antecedent naming no side leaves no other
noun of the clause to act, but for an act done with a partner, which is done on a thing ("das
Abkommen, das Ecuador … unterzeichnet hat"). Sentences of our own, through the whole pipeline."""

from functools import partial

from tests.event_tuples import coded_dyads, coded_events

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


def test_a_joint_act_done_on_an_antecedent_naming_no_side_is_done_by_the_name_after_the_pronoun():
    # "das" and "Ecuador" both labelled the subject: an agreement signs nothing, so "das" is the object
    events = coded_events("Das Abkommen, das Ecuador mit Peru unterzeichnet hat, gilt ab Mai.", "2024-05-02")
    assert {e for e in events if e[0].startswith("05")} == {
        ("057", "ECU", "PER", "asserted"),
        ("057", "PER", "ECU", "asserted"),
    }


def test_a_feminine_relative_pronoun_and_a_capital_labelled_subjects_leave_the_capital_the_signer():
    events = coded_events(
        "Die Absichtserklärung, die Addis Abeba im Januar mit Kenia unterzeichnet hatte, stieß auf Kritik.",
        "2024-05-02",
    )
    assert ("057", "ETH", "KEN", "asserted") in events


def test_an_act_on_no_partner_keeps_a_thing_the_subject_of_its_relative_clause():
    # a rule may permit things: "die" is the subject, Chile the one permitted, no source named
    found = coded("Peru strich eine Regelung, die Chile den Transit über peruanische Häfen erlaubte.")
    assert not [event for event in found if event[1] == "CHL"]
