"""Verdicts of a state's courts (CAMEO 116) on the people they sentence: a chronicle's present tense that
the parser reads as a participle ("Mai 2021: Ein Gericht verurteilt X") still has its court as the
subject; the court is the judge, never the thing judged, also where the parse takes it for the object
("verurteilte ihn ein Gericht"); a state's highest court the NER names without placing it is the
state's; a person a demonym introduces ("die Kanadier X und Y") is of that state when named again; and
a court upholding a sentence ("bestätigte die Haftstrafe gegen X") passes it again. Tested through the
real pipeline on sentences of our own."""

from __future__ import annotations

import pytest

from lagebild import analyze

DATE = "2026-11-20"


def _verdicts(text: str) -> set[tuple[str | None, str | None, str]]:
    events = analyze(text, date=DATE, lang="de").events
    return {
        (e.source.country if e.source else None, e.target.country if e.target else None, e.modality)
        for e in events
        if e.code == "116"
    }


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Juni 2022: Ein Bezirksgericht in Tiflis verurteilt den Blogger zu drei Jahren Haft.", "GEO"),
        (
            "12. März 2021: Das Militärgericht in Bamako verurteilt zwei Offiziere zu lebenslanger Haft.",
            "MLI",
        ),
    ],
)
def test_a_chronicles_present_tense_keeps_the_court_as_subject(text, state):
    assert _verdicts(text) == {(state, state, "asserted")}


def test_a_headline_participle_stays_a_participle():
    # the participle ends the headline: no finite verb, so the one sentenced is no judge
    assert _verdicts("Oppositioneller in Minsk zu zehn Jahren Haft verurteilt.") == set()


def test_a_court_after_the_verb_sentences_the_pronoun_before_it():
    text = "Zwei Jahre danach verurteilte ihn ein Gericht in Moskau wegen Spionage zu zwölf Jahren Haft."
    assert _verdicts(text) == {("RUS", "RUS", "asserted")}


def test_a_highest_court_named_without_its_state_is_the_story_states():
    text = (
        "Brasilien steckt in einer tiefen Krise. Der Oberste Gerichtshof hat den früheren Präsidenten "
        "am Donnerstag zu 27 Jahren Haft verurteilt."
    )
    assert _verdicts(text) == {("BRA", "BRA", "asserted")}


def test_people_a_demonym_introduces_keep_its_state_when_named_again():
    text = (
        "Die Kanadier Michael Kovrig und Michael Spavor sind wieder frei. Ein Gericht in Dandong hatte "
        "Michael Spavor im August zu elf Jahren Haft verurteilt."
    )
    assert _verdicts(text) == {("CHN", "CAN", "asserted")}


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "Das Oberste Gericht in Minsk bestätigte die Haftstrafe gegen den polnischen Journalisten.",
            ("BLR", "POL"),
        ),
        (
            "Ein Berufungsgericht in Teheran hat am Montag das Todesurteil gegen den Rapper bestätigt.",
            ("IRN", "IRN"),
        ),
    ],
)
def test_a_court_upholding_a_sentence_passes_it_again(text, verdict):
    assert _verdicts(text) == {(*verdict, "asserted")}
