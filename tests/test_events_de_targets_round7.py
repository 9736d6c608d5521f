"""Targets, round 7: a country noun that points back ("gegen das Land", "dem Nachbarland", "dem
Königreich"), and the subject of the next clause after a comma, which is not the target."""

from __future__ import annotations

import pytest

import lagebild

DATE = "2025-03-14"


def _events(text: str):
    return lagebild.analyze(text, date=DATE, lang="de").events


def side_of(actor) -> str | None:
    """The state or IGO an event actor acts for, as the gold keys it."""
    if actor is None:
        return None
    code = actor.actor_code or ""
    return code if code.startswith("IGO") else actor.country or code or None


def _targets(text: str, root: str, source: str) -> set[str | None]:
    return {side_of(e.target) for e in _events(text) if e.root == root and side_of(e.source) == source}


@pytest.mark.parametrize(
    ("text", "root", "source", "target"),
    [
        # sanctions "gegen das Land": the state the sentence before is about, not the co-sanctioners
        (
            "Frankreich kritisierte Ghana scharf. In Niger hat das Militär die Macht übernommen. Zugleich "
            "verhängten Ghana und Togo Handelssanktionen gegen das Land.",
            "16",
            "GHA",
            "NER",
        ),
        # "das Nachbarland" borders the source: Moldova, not Russia named later
        (
            "Moldaus Präsidentin Maia Sandu warf Russland Einmischung vor. "
            "Rumäniens Präsident Klaus Iohannis sicherte dem Nachbarland weitere Hilfe zu.",
            "03",
            "ROU",
            "MDA",
        ),
        # "das Königreich" is the monarchy of the two states named before
        (
            "Die Förderkürzung geht auf Saudi-Arabien und Russland zurück. "
            "Präsident Joe Biden drohte dem Königreich mit Konsequenzen.",
            "13",
            "USA",
            "SAU",
        ),
    ],
)
def test_country_noun_stands_for_the_state_named_before(text, root, source, target):
    assert _targets(text, root, source) == {target}


def test_own_country_noun_is_no_target():
    """ "sein Land" is the source's own state: no target is taken from the sentence before."""
    text = "Russland drohte Polen mit Vergeltung. Der polnische Präsident sagte, sein Land lasse sich nicht erpressen."
    assert "POL" not in {side_of(e.target) for e in _events(text) if side_of(e.source) == "POL"}


@pytest.mark.parametrize("judge", ["Die EU-Kommission", "Polen"])
def test_subject_of_the_next_clause_after_a_comma_is_no_target(judge):
    """ "bedauerte die Entscheidung, Berlin und Paris bestellten …": Berlin and Paris open a clause of
    their own; the parse makes them an apposition of the object."""
    text = (
        f"Das Parlament in Tiflis verabschiedete das Gesetz. {judge} bedauerte die Entscheidung, Berlin und "
        "Paris bestellten die georgischen Botschafter ein."
    )
    judgements = [e for e in _events(text) if e.root == "11"]
    assert judgements
    assert {side_of(e.target) for e in judgements} == {"GEO"}
