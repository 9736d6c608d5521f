"""A feminine noun with "der" or "einer" right after the finite verb is a dative, never the subject the
verb-second order puts there ("Pro Asyl wirft der Regierung vor, …"): an unknown subject in front leaves
the accuser unnamed rather than making the accused the accuser. Through the real pipeline."""

from __future__ import annotations

from lagebild import analyze

DATE = "2024-03-12"


def _events(text: str) -> set[tuple[str | None, str, str | None, str]]:
    return {
        (
            e.source.country if e.source else None,
            e.code[:2],
            e.target.country if e.target else None,
            e.modality,
        )
        for e in analyze(text, date=DATE, lang="de").events
    }


def test_feminine_dative_after_the_verb_is_not_the_accuser():
    events = _events(
        "Die Regierung in Rom schickt Migranten nach Albanien. "
        "Ein Bündnis kleiner Vereine wirft der Regierung vor, Menschen wie Ware zu verschieben."
    )
    assert not any(root == "11" for _, root, _, _ in events)


def test_name_after_the_verb_is_still_the_subject():
    events = _events("Im Gegenzug übergab die Ukraine 55 Gefangene an Moskau.")
    assert ("UKR", "08", "RUS", "asserted") in events
