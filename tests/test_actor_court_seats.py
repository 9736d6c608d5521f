"""The Hague as an actor is the international court the article reports on, unless the article
speaks of the Netherlands; then it is the Dutch government, like any capital. Through the real
pipeline."""

from __future__ import annotations

from lagebild import analyze

DATE = "2024-03-12"


def _sources(text: str) -> set[tuple[str | None, str]]:
    return {
        (e.source.actor_code if e.source else None, e.code[:2])
        for e in analyze(text, date=DATE, lang="de").events
    }


def test_the_hague_after_the_criminal_court_is_the_court():
    text = (
        "Der Internationale Strafgerichtshof ermittelt seit Jahren in Libyen. "
        "Den Haag wirft dem Milizenchef Folter und Mord vor."
    )
    assert ("IGOJUDICC", "11") in _sources(text)


def test_judges_in_the_hague_after_the_court_of_justice_are_the_un_court():
    text = (
        "Der Internationale Gerichtshof prüft die Klage gegen den Sudan. "
        "Am Montag wiesen die Richter in Den Haag den Antrag ab."
    )
    assert ("IGOUNOJUD", "12") in _sources(text)


def test_the_hague_of_a_dutch_story_is_the_government():
    text = (
        "Die niederländische Regierung will den Export von Chipmaschinen begrenzen. "
        "Der Internationale Gerichtshof spielt dabei keine Rolle. "
        "Den Haag wies die Kritik aus Peking zurück."
    )
    assert ("NLDGOV", "12") in _sources(text)
