"""Subjects read off forms that are never nominative, whatever the parse labels, and off binding:
"er" right after the finite verb before the labelled subject, "der" before a feminine noun in
front of the verb (a dative), "der" opening a relative clause on a masculine noun (the nominative
pronoun, not the article of the name after it), and a subject pronoun resolved to what the relative
pronoun of its clause stands for (not bound in its clause). Sentences of our own, through the whole
pipeline."""

from tests.event_tuples import coded_dyads


def coded(text: str) -> set[tuple[str, str | None, str | None]]:
    return {(code[:2], source, target) for code, source, target in coded_dyads(text, "2024-03-04")}


def test_er_after_the_finite_verb_is_the_subject_not_the_name_after_it():
    found = coded(
        "Der indische Premier Narendra Modi sprach am Montag. "
        "Zugleich bietet er Premierminister Shehbaz Sharif Gespräche an."
    )
    assert ("03", "IND", "PAK") in found
    assert not any(source == "PAK" for _, source, _ in found)


def test_der_before_a_feminine_name_in_front_marks_a_dative():
    found = coded("Der Türkei warf Außenminister Sergej Lawrow Doppelzüngigkeit vor.")
    assert ("11", "RUS", "TUR") in found
    assert ("11", "TUR", "RUS") not in found


def test_der_before_a_feminine_noun_in_front_leaves_the_subject_after_the_verb():
    found = coded("Der Ukraine versprach Außenminister Antonio Tajani am Montag weitere Hilfe.")
    assert ("03", "ITA", "UKR") in found
    assert ("03", "UKR", "ITA") not in found


def test_der_on_a_masculine_antecedent_is_the_relative_subject():
    found = coded("Die Kritik kam von Präsident Recep Tayyip Erdoğan, der Schweden Untätigkeit vorwarf.")
    assert ("11", "TUR", "SWE") in found
    assert ("11", "SWE", "TUR") not in found


def test_der_on_a_masculine_antecedent_before_a_bare_name_and_an_infinitive_clause():
    found = coded(
        "Den Ausschlag gab Außenminister Sergej Lawrow, der Polen vorwarf, die Gespräche zu sabotieren."
    )
    assert ("11", "RUS", "POL") in found
    assert ("11", "POL", "RUS") not in found


def test_a_subject_pronoun_is_not_what_the_relative_pronoun_of_its_clause_stands_for():
    found = coded(
        "Der Internationale Strafgerichtshof hatte im März einen Haftbefehl gegen Wladimir Putin erlassen, "
        "dem er die Verschleppung von Kindern zur Last legt."
    )
    assert ("11", "IGOJUDICC", "RUS") in found
    assert ("11", "RUS", "IGOJUDICC") not in found
