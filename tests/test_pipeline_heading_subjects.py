"""A day, a time or a place heading a sentence before a colon or dash is no subject of the clause after it
(`pipeline.heading_subjects`). Sentences written for this file, through the real pipeline."""

from lagebild.pipeline import get_pipeline
from tests.event_tuples import coded_dyads

DATE = "2024-05-01"


def _token(text: str, word: str):
    return next(t for t in get_pipeline("de")(text) if t.text == word)


def test_a_day_before_a_colon_is_no_second_subject():
    text = "Freitag: Moskau kündigt an, die Botschaft in Riga zu schließen."
    assert _token(text, "Freitag").dep_ == "dep"
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


def test_a_heading_that_carries_the_speakers_name_keeps_it():
    text = "14.30 Uhr: Kim Yo Jong, die Schwester des Machthabers, droht Seoul mit Vergeltung."
    assert _token(text, "Uhr").dep_ == "nsubj"
    assert ("130", "PRK", "KOR") in coded_dyads(text, DATE)
