"""A reciprocal adverb hung on the predicative of the verb ("machten sich gegenseitig verantwortlich",
the parse's xcomp adjective) marks the act as done to each other, as one hung on the verb does."""

from __future__ import annotations

from lagebild import analyze

DATE = "2025-05-01"


def _pairs(text: str, sentence: int) -> set[tuple[str | None, str, str | None]]:
    analysis = analyze(text, date=DATE, lang="de")
    return {
        (e.source.country if e.source else None, e.code[:2], e.target.country if e.target else None)
        for e in analysis.events
        if e.evidence.sentence == sentence
    }


def test_both_governments_blaming_each_other_accuse_each_other():
    text = (
        "Kirgisistan und Tadschikistan haben einen Grenzvertrag unterzeichnet. "
        "Für die Toten der Grenzkämpfe hatten sich beide Regierungen lange gegenseitig verantwortlich gemacht."
    )
    assert _pairs(text, 1) == {("KGZ", "11", "TJK"), ("TJK", "11", "KGZ")}
