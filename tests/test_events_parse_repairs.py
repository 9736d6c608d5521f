"""Reading through a weak parse: the names that open a main clause are its subject, whatever the parse
made of them (`events.initial_subjects`). Through the real pipeline."""

import pytest

from tests.event_tuples import coded_dyads, events_of

DATE = "2024-05-01"


def _roots(text: str) -> set[tuple[str, str | None, str | None]]:
    return {(code[:2], source, target) for code, source, target in coded_dyads(text, DATE)}


def test_name_before_a_misparsed_finite_verb_is_the_subject():
    # the parser hangs "lud" on the guest as an attribute or preposition and makes the guest the head
    assert ("03", "FRA", "DEU") in _roots("Macron lud Scholz zu einem Abendessen ein.")
    roots = _roots("Orbán lud Erdoğan zu einem Staatsbesuch ein.")
    assert ("03", "HUN", "TUR") in roots
    assert ("03", "TUR", "HUN") not in roots


def test_surname_particle_is_no_preposition():
    events = events_of("Von der Leyen sagte Chișinău weitere Hilfe zu.", DATE)
    promises = [e for e in events if e.code.startswith("03")]
    assert promises
    assert all("Leyen" in e.source.name and e.target.country == "MDA" for e in promises)


def test_coordinated_verb_shares_the_subject_with_the_surname_particle():
    events = events_of(
        "Von der Leyen sicherte Kiew weitere Hilfe zu und kündigte neue Sanktionen gegen Moskau an.", DATE
    )
    sanctions = [e for e in events if e.code.startswith("16")]
    assert sanctions
    assert all("Leyen" in e.source.name and e.target.country == "RUS" for e in sanctions)


def test_main_clause_after_a_comma_has_its_own_names_for_subject():
    # "sicherte" parsed as an attribute of "Hilfe": the clause after the comma is Sweden's, not Finland's
    roots = _roots("Finnland schickte Estland ein Minenräumboot, Schweden sicherte Hilfe zu.")
    assert ("03", "SWE", "EST") in roots
    assert not any(root == "03" and source == "FIN" for root, source, _ in roots)


def test_pronoun_after_the_verb_keeps_the_name_in_front_an_object():
    # "Ankara warf er Wortbruch vor": "er" is the subject, Ankara the one accused
    roots = _roots("Ankara warf er Wortbruch vor.")
    assert not any(source == "TUR" for _, source, _ in roots)


def test_object_article_in_front_is_no_subject():
    roots = _roots("Den Iran kritisierte Paris scharf.")
    assert ("11", "FRA", "IRN") in roots
    assert not any(source == "IRN" for _, source, _ in roots)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "verbrannten" tagged an adjective: in second place after the adverbial it is the finite verb
        (
            "Vor der russischen Botschaft in Warschau verbrannten Demonstranten russische Fahnen.",
            {("14", "POL", "RUS")},
        ),
        # the names after it act together
        (
            "Am Montag unterzeichneten Polen und Litauen in Vilnius ein Abkommen.",
            {("05", "POL", "LTU"), ("05", "LTU", "POL")},
        ),
        # "mit Autos" is no subject: the crowd before "die Straßen" protests in its own country
        (
            "In mehreren Vierteln von Teheran blockierten Demonstranten mit Autos die Straßen.",
            {("14", "IRN", "IRN")},
        ),
    ],
)
def test_verb_tagged_as_adjective_in_second_place_takes_the_noun_after_it_as_subject(text, expected):
    assert expected <= _roots(text)


def test_count_standing_alone_before_a_misread_verb_is_the_subject():
    # "vereinbarten" read as an attribute of the object after "Die drei": the verb heads the clause and
    # the count is its subject, the three states just listed
    text = (
        "Kenia, Uganda und Tansania haben in Arusha verhandelt. "
        "Die drei vereinbarten regelmäßige Gipfeltreffen ihrer Staatschefs."
    )
    agreements = {(s, t) for root, s, t in _roots(text) if root == "03"}
    assert {("KEN", "UGA"), ("UGA", "TZA"), ("TZA", "KEN")} <= agreements


def test_attribute_after_a_count_with_its_noun_stays_an_attribute():
    from lagebild.analysis import get_pipeline

    nlp = get_pipeline("de")
    doc = nlp.make_doc("Die drei vereinbarten Punkte wurden rasch umgesetzt.")
    doc._.language = "de"
    doc = nlp(doc)
    assert doc[2].dep_ == "amod" and doc[2].head.text == "Punkte"
