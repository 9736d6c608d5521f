"""Targets, round 7: a country noun that points back ("gegen das Land", "dem Nachbarland", "dem
Königreich"), and the subject of the next clause after a comma, which is not the target."""

from __future__ import annotations

import pytest

from tests.event_tuples import coded_dyads

DATE = "2025-03-14"


def _targets(text: str, root: str, source: str) -> set[str | None]:
    return {target for code, actor, target in coded_dyads(text, DATE) if code[:2] == root and actor == source}


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
        # "das Nachbarland" borders the source: Finland, not Russia named later
        (
            "Finnlands Präsident warf Russland Provokationen an der Grenze vor. "
            "Schweden sagte dem Nachbarland weitere Unterstützung zu.",
            "03",
            "SWE",
            "FIN",
        ),
        # "das Königreich" is the monarchy of the two states named before
        (
            "Der Streit um die Fischereirechte betrifft Marokko und Algerien. "
            "Madrid drohte dem Königreich mit wirtschaftlichen Folgen.",
            "13",
            "ESP",
            "MAR",
        ),
    ],
)
def test_country_noun_stands_for_the_state_named_before(text, root, source, target):
    assert _targets(text, root, source) == {target}


def test_own_country_noun_is_no_target():
    """ "sein Land" is the source's own state: no target is taken from the sentence before."""
    text = "Russland drohte Polen mit Vergeltung. Der polnische Präsident sagte, sein Land lasse sich nicht erpressen."
    assert "POL" not in {target for _, source, target in coded_dyads(text, DATE) if source == "POL"}


@pytest.mark.parametrize("judge", ["Die EU-Kommission", "Polen"])
def test_subject_of_the_next_clause_after_a_comma_is_no_target(judge):
    """ "bedauerte die Entscheidung, Berlin und Paris bestellten …": Berlin and Paris open a clause of
    their own; the parse makes them an apposition of the object."""
    text = (
        f"Das Parlament in Tiflis verabschiedete das Gesetz. {judge} bedauerte die Entscheidung, Berlin und "
        "Paris bestellten die georgischen Botschafter ein."
    )
    judgements = {target for code, _, target in coded_dyads(text, DATE) if code[:2] == "11"}
    assert judgements == {"GEO"}
