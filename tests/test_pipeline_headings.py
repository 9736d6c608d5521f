"""A day, a time or a place heading a sentence before a colon or dash is no part of the clause after it:
neither its second subject nor its root (`pipeline.headings`). Sentences written for this file, through
the real pipeline."""

from lagebild.pipeline import get_pipeline
from tests.event_tuples import coded_dyads

DATE = "2024-05-01"
# how a heading hangs on the clause's verb: as an oblique (a day or time, the news treebank's reading) or
# unlabelled (what `headings` makes of a heading read as a subject)
HEADING_DEPS = ("obl", "dep")


def _token(text: str, word: str):
    return next(t for t in get_pipeline("de")(text) if t.text == word)


def test_a_day_before_a_colon_is_no_second_subject():
    # the news treebank hangs a day or time heading on the clause's verb as `obl`
    text = "Freitag: Moskau kündigt an, die Botschaft in Riga zu schließen."
    assert _token(text, "Freitag").dep_ in HEADING_DEPS
    assert _token(text, "Moskau").dep_ == "nsubj"


def test_with_the_heading_unlabelled_the_clause_keeps_one_subject_and_its_object():
    text = "Dienstag: Die Regierung in Chisinau ruft beide Seiten zum Dialog auf."
    assert _token(text, "Regierung").dep_ == "nsubj"
    assert _token(text, "Seiten").dep_ == "obj"


def test_a_dateline_does_not_hide_the_two_parties_of_an_agreement():
    text = (
        "Wien – Zwei Tage nach dem Besuch von Xi Jinping in Ungarn haben beide Regierungen "
        "ein Handelsabkommen unterzeichnet."
    )
    found = coded_dyads(text, DATE)
    assert {("057", "CHN", "HUN"), ("057", "HUN", "CHN")} <= found


def test_a_name_after_a_heading_is_the_subject_and_the_name_after_the_verb_its_object():
    text = "14.30 Uhr: Kim Yo Jong, die Schwester des Machthabers, droht Seoul mit Vergeltung."
    assert _token(text, "Kim").dep_ == "nsubj"
    assert _token(text, "Seoul").dep_ == "obj"
    assert ("130", "PRK", "KOR") in coded_dyads(text, DATE)


def test_a_time_the_parse_made_the_root_hangs_on_the_verb_of_the_clause():
    doc = get_pipeline("de")("14:20 Uhr: Das Pentagon sichert Seoul Rückhalt zu.")
    verb = next(t for t in doc if t.text == "sichert")
    assert (verb.dep_, verb.head.i) == ("ROOT", verb.i)
    assert next(t for t in doc if t.text == "Uhr").head == verb


def test_behind_a_dateline_the_victims_of_an_abduction_are_its_object():
    text = "Bamako: Eine Miliz hat nach Angaben der UN mindestens 40 Dorfbewohner verschleppt."
    assert ("181", "MLI", "MLI") in coded_dyads(text, DATE)


def test_the_colon_after_a_heading_is_no_auxiliary_of_the_clause():
    # the misparse by hand: ":" as an auxiliary makes "spricht" read as a perfect or passive
    from spacy.tokens import Doc

    from lagebild.pipeline.headings import repair_headings

    words = ["Freitag", ":", "Warschau", "spricht", "von", "Verrat", "."]
    heads = [3, 3, 3, 3, 5, 3, 3]
    deps = ["dep", "aux", "nsubj", "ROOT", "case", "obl", "punct"]
    pos = ["NOUN", "PUNCT", "PROPN", "VERB", "ADP", "NOUN", "PUNCT"]
    doc = Doc(get_pipeline("de").vocab, words=words, heads=heads, deps=deps, pos=pos)
    repair_headings(doc)
    assert doc[1].dep_ == "punct"
    assert doc[2].dep_ == "nsubj"


def test_a_name_hung_on_the_heading_is_the_subject_of_the_clause():
    text = "09:45 Uhr – Warschau widerspricht der russischen Darstellung."
    assert _token(text, "Warschau").dep_ == "nsubj"
    assert _token(text, "Uhr").dep_ in HEADING_DEPS


def test_a_title_hung_on_the_heading_is_the_subject_with_its_name():
    text = "11:10 Uhr – Außenminister Radosław Sikorski verurteilt den Angriff auf Kiew."
    minister = _token(text, "Außenminister")
    assert minister.dep_ == "nsubj" and minister.head.text == "verurteilt"


def test_a_dateline_with_an_agency_mark_is_a_heading_and_its_city_no_party():
    # the agency's mark in brackets ("(xyz)"), which the tagger may take for a verb, leaves the place a
    # dateline: Moscow, where it was written, is no party to the truce of the two states named after it
    text = "Moskau (xyz) – Äthiopien und Eritrea haben sich nach tagelangen Gefechten auf eine Feuerpause geeinigt."
    assert _token(text, "Moskau").dep_ == "dep"
    found = coded_dyads(text, DATE)
    assert not {dyad for dyad in found if "RUS" in dyad}


def test_behind_a_dateline_with_an_agency_mark_the_clause_keeps_its_subject():
    text = "Athen (abc) – Griechenland weist den türkischen Botschafter aus."
    assert _token(text, "Athen").dep_ == "dep"
    assert ("161", "GRC", "TUR") in coded_dyads(text, DATE)


def test_a_span_of_days_before_a_colon_is_a_heading():
    # the numbers of a date do not count as heading words; "8." is often tagged a verb
    text = "8. und 9. Mai: Beide Regierungen werfen einander Verstöße vor."
    assert _token(text, "Mai").dep_ in HEADING_DEPS
    assert _token(text, "Regierungen").dep_ == "nsubj"


def test_a_range_of_dates_in_a_chronology_does_not_hide_the_subject():
    text = (
        "Serbien und Kosovo streiten seit Jahren über den Norden. "
        "12. April bis 3. Mai: Belgrad wirft Pristina Provokationen an der Grenze vor."
    )
    assert _token(text, "Belgrad").dep_ == "nsubj"
    assert ("1123", "SRB", "XKX") in coded_dyads(text, DATE)


def test_a_place_heading_read_as_a_parataxis_is_unlabelled():
    text = "Kabul: Die Taliban haben zwei Journalisten festgenommen."
    assert _token(text, "Kabul").dep_ == "dep"
