"""Acts read off the shapes the news-trained parser gives clauses: an adverb opening the clause taken
for its subject (`pipeline.fronted_adverbs`), relative clauses labelled "acl", the "nichts" of
"nichts zu tun haben" parsed as the verb's object. Through the real pipeline."""

from tests.event_tuples import coded_events

DATE = "2024-05-01"


def _roots(text: str) -> set[tuple[str, str | None, str | None]]:
    return {(code[:2], source, target) for code, source, target, _ in coded_events(text, DATE)}


def test_adverb_opening_the_clause_is_no_subject():
    # parsed again with "zugleich": Moscow, read as an oblique beside the adverb, is the subject
    assert ("13", "RUS", "UKR") in _roots("Zugleich drohte Moskau Kiew mit Vergeltung.")


def test_adverb_beside_the_subject_keeps_the_tree():
    # the clause has its subject: only the adverb's label changes, the accused stays the object
    text = "Zugleich warf Iran Deutschland vor, Terroristen Unterschlupf zu gewähren."
    assert ("11", "IRN", "DEU") in _roots(text)


def test_nothing_to_do_with_a_deed_is_an_asserted_denial():
    events = coded_events("Der Kreml erklärte, Moskau habe mit dem Brand nichts zu tun.", DATE)
    assert ("016", "RUS", None, "asserted") in events


def test_performer_in_a_relative_clause_labelled_acl():
    text = "Die Bundesregierung verurteilte die Festnahme des Journalisten, die die russische Polizei am Montag vorgenommen hatte."
    assert any(root == "17" and source == "RUS" for root, source, _ in _roots(text))
