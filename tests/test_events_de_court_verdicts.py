"""Verdicts of a state's courts (CAMEO 116) on the people they sentence: a chronicle's present tense that
the parser reads as a participle ("Mai 2021: Ein Gericht verurteilt X") still has its court as the
subject. Tested through the real pipeline on sentences of our own."""

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
