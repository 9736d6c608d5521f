"""The clause after a dateline ("Madrid – …") is parsed without it: the place is no subject of the clause,
and the clause's own subjects are found (`pipeline.datelines`). Sentences written for this file, through
the real pipeline."""

from lagebild import analyze
from lagebild.pipeline import get_pipeline

DATE = "2024-05-01"
AGREED = (
    "GENF – Nach zehn Stunden Verhandlungen haben sich Armeniens Ministerpräsident Nikol Paschinjan und "
    "Aserbaidschans Präsident Ilham Alijew am Freitagabend auf einen Friedensplan verständigt."
)


def _token(text: str, word: str):
    return next(t for t in get_pipeline("de")(text) if t.text == word)


def test_the_dateline_and_its_dash_hang_on_the_clause_s_verb():
    assert _token(AGREED, "GENF").dep_ == "dep"
    assert _token(AGREED, "–").head.text == "verständigt"


def test_the_two_parties_after_a_dateline_agree_with_each_other():
    events = {
        (e.root, e.source.country if e.source else None, e.target.country if e.target else None, e.modality)
        for e in analyze(AGREED, date=DATE, lang="de").events
    }
    assert {("05", "ARM", "AZE", "asserted"), ("05", "AZE", "ARM", "asserted")} <= events
