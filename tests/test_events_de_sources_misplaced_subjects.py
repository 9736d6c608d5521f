"""Subjects the parse put in the wrong place, found by German word order: a name in a phrase an object
article opens is no subject, nor the second of two bare names after the finite verb (the first is);
the name right after a finite auxiliary is the subject of a clause the parse gave none; a relative
pronoun read as an article or labelled a determiner still opens its clause; the name right after a
subordinating conjunction ("seit") is its clause's subject. Through the real pipeline, on sentences
written for the tests."""

from tests.event_tuples import source_root_targets, sources_of_root

DATE = "2024-05-01"


def test_name_in_a_phrase_opened_by_den_is_the_object_and_the_name_after_the_verb_the_subject():
    events = source_root_targets(
        "Schon im Mai hatte Scholz den Kronprinzen Mohammed bin Salman um mehr Öl gebeten.", DATE
    )
    assert sources_of_root(events, "02") == {"DEU"}


def test_first_of_two_bare_names_after_the_finite_verb_is_the_subject():
    events = source_root_targets(
        "Im Juli hatte Biden bei seinem Besuch in Riad Kronprinz Mohammed bin Salman um mehr Öl gebeten.",
        DATE,
    )
    assert sources_of_root(events, "02") == {"USA"}


def test_name_right_after_the_finite_auxiliary_is_the_subject_the_parse_lost():
    events = source_root_targets(
        "Vor einer Woche hatte Erdoğan in Ankara den Hamas-Chef Ismail Hanija empfangen.", DATE
    )
    assert sources_of_root(events, "04") == {"TUR"}


def test_das_before_a_bare_name_is_the_relative_pronoun_and_the_antecedent_the_source():
    events = source_root_targets(
        "Gemeint ist vor allem Japan, das Kenia vor zwei Jahren eine Kooperation angeboten hatte.", DATE
    )
    assert ("JPN", "03", "KEN") in events


def test_determiner_labelled_the_subject_after_a_comma_is_the_relative_pronoun():
    events = source_root_targets("Kritik kam aus Polen, das Berlin Untätigkeit vorwarf.", DATE)
    assert ("POL", "11", "DEU") in events
    assert "DEU" not in sources_of_root(events, "11")


def test_die_before_a_name_the_verb_agrees_with_leaves_the_name_the_subject():
    # "die" may be the object relative ("die Einweihung …, die Kathmandu verurteilt hatte")
    events = source_root_targets(
        "Anlass war die Einweihung einer Brücke durch den indischen Minister, die Kathmandu als "
        "Provokation verurteilt hatte.",
        DATE,
    )
    assert "IND" not in sources_of_root(events, "11")


def test_name_after_seit_opening_a_clause_is_its_subject():
    events = source_root_targets(
        "Der Streit schwelt, seit Ankara im Sommer eine Untersuchung der Vorfälle gefordert hatte.", DATE
    )
    assert sources_of_root(events, "10") == {"TUR"}
