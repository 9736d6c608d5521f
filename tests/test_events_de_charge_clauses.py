"""A charge noun whose content is a clause ("der Vorwurf, Minsk schleuse Migranten …") charges the
clause's subject; the verb the noun is the means of ("begründete … mit dem Vorwurf, …") has the accuser
as its subject, unless that subject faces the charge. Through the real pipeline."""

from __future__ import annotations

from lagebild import analyze

DATE = "2024-03-12"


def _events(text: str) -> set[tuple[str | None, str, str | None, str]]:
    return {
        (e.source.country if e.source else None, e.code, e.target.country if e.target else None, e.modality)
        for e in analyze(text, date=DATE, lang="de").events
    }


def test_the_subject_of_the_content_clause_is_accused():
    events = _events("Aus Warschau kam der Vorwurf, Minsk schleuse Migranten über die Grenze.")
    assert ("POL", "112", "BLR", "asserted") in events


def test_the_subject_of_the_verb_the_charge_is_the_means_of_raises_it():
    events = _events(
        "Präsident Donald Trump hat die Zölle mit dem Vorwurf begründet, Mexiko unternehme zu wenig gegen "
        "den Drogenschmuggel."
    )
    assert ("USA", "112", "MEX", "asserted") in events


def test_who_is_confronted_with_a_charge_does_not_raise_it():
    events = _events(
        "Die Außenministerin sah sich mit dem Vorwurf konfrontiert, Berlin habe die Ukraine im Stich gelassen."
    )
    assert not any(code.startswith("112") for _, code, _, _ in events)


def test_a_gegen_phrase_names_the_accused_before_the_clause():
    events = _events("Aus Kiew kamen Vorwürfe gegen Budapest, Ungarn blockiere die Hilfen der EU.")
    assert ("UKR", "112", "HUN", "asserted") in events
