"""Acts read off the shapes the news-trained parser gives clauses: an adverb opening the clause taken
for its subject (`pipeline.fronted_adverbs`), relative clauses labelled "acl", the "nichts" of
"nichts zu tun haben" parsed as the verb's object, a fronted span of time taken for an argument
(`pipeline.fronted_time_phrases`), a relative pronoun taken for a name's article (`pipeline.relative_articles`).
Through the real pipeline."""

from lagebild.pipeline import get_pipeline
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


def _parse(text: str):
    return get_pipeline("de")(text)


def test_a_fronted_span_of_time_is_no_argument():
    # "Einen Tag" was the object and the general a second one: the clause is parsed again behind a stand-in
    doc = _parse("Einen Tag später bot General Abdel Fattah al-Burhan überraschend neue Gespräche an.")
    labels = {t.text: t.dep_ for t in doc}
    assert labels["Tag"] == "obl:tmod" and labels["General"] == "nsubj"


def test_a_fronted_span_of_time_beside_a_subject_only_changes_its_label():
    doc = _parse("Einen Tag später bezeichnet er die Äußerung der Ministerin als gemein.")
    labels = {t.text: (t.dep_, t.head.text) for t in doc}
    assert labels["Tag"] == ("obl:tmod", "bezeichnet") and labels["Äußerung"] == ("obj", "bezeichnet")


def test_an_accusative_behind_a_fronted_span_of_time_is_no_subject():
    # the parse made "ihn" the subject and the court the object: the two trade labels
    doc = _parse("Einen Tag später verurteilt ihn ein Gericht in Minsk zu zehn Jahren Haft.")
    labels = {t.text: t.dep_ for t in doc}
    assert labels["ihn"] == "obj" and labels["Gericht"] == "nsubj"


def test_a_span_of_time_that_is_the_subject_stays_one():
    doc = _parse("Eine Woche reicht nicht aus.")
    assert next(t for t in doc if t.text == "Woche").dep_ == "nsubj"


def test_a_relative_pronoun_before_a_name_is_no_article():
    # "den Putin" was an apposition of the treaty: parsed again with "was", the clause has its subject
    doc = _parse("Der Vertrag, den Putin und Kim im Juni unterzeichnet haben, sieht gegenseitige Hilfe vor.")
    labels = {t.text: (t.dep_, t.head.text) for t in doc}
    assert labels["den"] == ("obj", "unterzeichnet") and labels["Putin"] == ("nsubj", "unterzeichnet")
    assert labels["unterzeichnet"] == ("acl", "Vertrag")


def test_a_nominative_relative_pronoun_before_a_name_is_the_subject():
    doc = _parse(
        "Die Ministerin, die Wang Yi im Juli in Jakarta getroffen hatte, nannte die Reise einen Erfolg."
    )
    pronoun, name = doc[3], doc[4]
    assert (pronoun.text, pronoun.dep_, pronoun.tag_) == ("die", "nsubj", "PRELS") and name.dep_ == "obj"


def test_a_relative_pronoun_before_names_a_plural_verb_agrees_with_stays_the_object():
    # the singular warning and the plural "hatten" differ in number: the names are the subject
    doc = _parse(
        "Die Warnung, die Manila und Tokio am Freitag ausgesprochen hatten, blieb in Peking ungehört."
    )
    pronoun, name = doc[3], doc[4]
    assert (pronoun.text, pronoun.dep_, pronoun.tag_) == ("die", "obj", "PRELS") and name.dep_ == "nsubj"
