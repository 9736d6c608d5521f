"""A subject pronoun does not take up a person named in the clause its verb reports: "Orbán lasse …,
kritisierte er" is someone else speaking of Orbán (`actor_pronouns.resolve_pronoun`); a pronoun in that
clause may still be the speaker ("Er werde bleiben, sagte er")."""

from __future__ import annotations

from lagebild.pipeline import get_pipeline
from lagebild.pipeline.annotations import ACTOR_REF_SPANS
from tests.event_tuples import country_events


def _references(text: str) -> list[tuple[str, str | None]]:
    nlp = get_pipeline("de")
    doc = nlp.make_doc(text)
    doc._.article_date, doc._.language = "2025-03-04", "de"
    return [(r.text, r._.actor.actor_code) for r in nlp(doc).spans[ACTOR_REF_SPANS]]


def test_a_name_in_the_reported_clause_is_not_the_speaker():
    text = (
        "Polens Präsident Andrzej Duda traf am Montag Viktor Orbán in Warschau. "
        "Orbán lasse die Ukraine im Stich, kritisierte er danach."
    )
    coded = [(code[:2], source, target) for code, source, target, _ in country_events(text, "2025-03-04")]
    assert ("11", "POL", "HUN") in coded
    assert ("11", "HUN", "HUN") not in coded


def test_a_pronoun_in_the_reported_clause_may_be_the_speaker():
    text = "Kanzler Olaf Scholz traf in Paris Emmanuel Macron. Er werde im Amt bleiben, sagte er."
    assert _references(text) == [("Er", "DEUGOV"), ("er", "DEUGOV")]
