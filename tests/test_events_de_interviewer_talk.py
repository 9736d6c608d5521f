"""The newspaper's own talk that opens an interview ("Wir sprachen mit …", "Darüber sprach unsere
Korrespondentin mit …") is no meeting of states, and the topic it names is no act the sentence reports
(`events/interview_framing.py`); a "wir" quoted from a politician keeps its talks."""

import spacy

from lagebild.events.interview_framing import _in_lead
from tests.event_tuples import events_of

DATE = "2024-05-10"


def _events_in(text: str, sentence_start: str) -> list[tuple]:
    """(code, source state, target state) of the events read from the sentence that starts so."""
    return [
        (e.code, e.source and e.source.country, e.target and e.target.country)
        for e in events_of(text, DATE, keep_implausible=True)
        if e.evidence.text.startswith(sentence_start)
    ]


def test_the_reporters_talk_and_its_topic_code_nothing():
    text = (
        "Polen streitet mit Belarus über die Grenze. "
        "Über die Sanktionen und die Drohungen aus Moskau sprachen wir mit Polens Außenminister Radosław Sikorski."
    )
    assert _events_in(text, "Über die Sanktionen") == []


def test_a_politicians_quoted_we_keeps_the_talks():
    text = "„Wir haben mit Moskau gesprochen“, sagte Bundeskanzler Olaf Scholz."
    assert ("040", "DEU", "RUS") in _events_in(text, "„Wir haben")


def test_a_we_under_a_reporting_verb_is_the_speakers_side():
    text = "Wir sprachen mit Moskau über die Sanktionen, sagte Bundeskanzler Olaf Scholz."
    assert ("040", "DEU", "RUS") in _events_in(text, "Wir sprachen")


def test_the_interviewees_we_in_an_answer_keeps_the_talks():
    text = (
        "Senegal verlangt den Abzug der französischen Soldaten. Wir sprachen mit Außenminister Cheikh Niang.\n\n"
        "Frage: Herr Minister, wann ziehen die Soldaten ab?\n\n"
        "Antwort: Darüber reden wir mit der französischen Seite.\n\n"
        "Frage: Was erwarten Sie von Paris?\n\n"
        "Antwort: Respekt."
    )
    assert ("040", "SEN", "FRA") in _events_in(text, "Antwort: Darüber")


def test_the_lead_ends_at_the_first_paragraph_break():
    doc = spacy.blank("de")("Wir sprachen mit ihm.\n\nAntwort: Wir reden mit Paris.")
    assert _in_lead(doc[0:5]) and not _in_lead(doc[-6:])
