"""The Hague as an actor, or as the place an act goes to, is the international court the article
reports on, unless the article speaks of the Netherlands; then it is the Dutch government, like any
capital. Through the real pipeline."""

from __future__ import annotations

from lagebild import analyze

DATE = "2024-03-12"


def _sources(text: str) -> set[tuple[str | None, str]]:
    return {
        (e.source.actor_code if e.source else None, e.code[:2])
        for e in analyze(text, date=DATE, lang="de").events
    }


def _targets(text: str) -> set[tuple[str | None, str, str | None]]:
    return {
        (e.source.actor_code if e.source else None, e.code, e.target.actor_code if e.target else None)
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


def test_a_suspect_handed_over_to_the_hague_goes_to_the_criminal_court():
    text = (
        "Der Internationale Strafgerichtshof sucht den Milizenführer seit Jahren. "
        "Die Behörden in Bangui überstellten ihn nach Den Haag."
    )
    coded = _targets(text)
    assert ("CAFGOV", "063", "IGOJUDICC") in coded
    assert not any(target == "NLD" for *_, target in coded)


def test_a_trip_to_the_hague_in_a_story_on_the_court_of_justice_goes_to_the_un_court():
    text = (
        "Gambia hat Myanmar vor dem Internationalen Gerichtshof verklagt. "
        "Im Dezember war die Staatsrätin Myanmars nach Den Haag gereist."
    )
    assert any(code.startswith("04") and target == "IGOUNOJUD" for _, code, target in _targets(text))


def test_an_article_on_both_courts_means_the_one_the_sentence_names():
    text = (
        "Der Internationale Gerichtshof verhandelt die Klage Südafrikas.\n\n"
        "Brasilien ist Vertragsstaat des Internationalen Strafgerichtshofs in Den Haag. "
        "Als Vertragsstaat wäre Brasilien verpflichtet, Putin festzunehmen und nach Den Haag zu überstellen."
    )
    assert ("BRA", "063", "IGOJUDICC") in _targets(text)
