"""Whom a clause addresses, or leaves unnamed: a main clause the parse hung on another is another
actor's act, an appeal to everyone concerned names no one, and an envoy summoned is another state's."""

from tests.event_tuples import root_targets

DATE = "2024-05-01"


def test_the_subject_of_a_main_clause_after_a_comma_is_no_target() -> None:
    text = "Kanzler Olaf Scholz begrüßte die Einigung, Paris lehnt den Vertrag dagegen weiter ab."
    assert "DEU" not in root_targets(text, DATE, "12")
    assert "FRA" not in root_targets(text, DATE, "05")


def test_a_statement_is_not_about_the_actor_of_the_main_clause_beside_it() -> None:
    text = "Japan und Australien äußerten sich besorgt, die Europäische Union rief zur Einhaltung des Seerechts auf."
    assert root_targets(text, DATE, "01") == {None}


def test_an_appeal_to_all_concerned_has_no_target() -> None:
    text = (
        "Die Türkei griff Stellungen in Syrien an. "
        "Der deutsche Außenminister mahnte alle Beteiligten, das Waffenembargo einzuhalten."
    )
    assert root_targets(text, DATE, "02") == {None}


def test_an_appeal_to_the_donors_has_no_target() -> None:
    text = "Russland griff Kiew an. Die Vereinten Nationen riefen die Geber zu Soforthilfe auf."
    assert root_targets(text, DATE, "02") == {None}


def test_a_summoned_envoy_is_not_of_the_summoning_state() -> None:
    text = (
        "Aserbaidschan nahm zwei russische Journalisten fest. "
        "Moskau bestellte Botschafter Rahman Mustafajew ein und verlangte ihre sofortige Freilassung."
    )
    assert "RUS" not in root_targets(text, DATE, "11")
