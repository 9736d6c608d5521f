"""What a government says or decides is reported as coming from its capital ("die Äußerungen aus Kiew",
"der Schritt aus Washington"): after such a noun "aus" names the government, not the city
(`pipeline/actor_capitals.py`); "Delhi" stands for India's government as "Neu-Delhi" does (`kb/curated.py`)."""

from __future__ import annotations

import pytest

from tests.entity_mentions import mentioned_entity

DATE = "2024-05-10"


@pytest.mark.parametrize(
    ("text", "capital", "code"),
    [
        ("Die Regierung wies die Äußerungen aus Kairo entschieden zurück.", "Kairo", "EGYGOV"),
        ("Der Minister begrüßte den Schritt aus Ottawa ausdrücklich.", "Ottawa", "CANGOV"),
        ("Man werde sich keinem Diktat aus Budapest beugen, sagte er.", "Budapest", "HUNGOV"),
        # the plural of a noun of what a government says comes from it as well
        ("Die Aufforderungen aus Helsinki beeindrucken Moskau nicht.", "Helsinki", "FINGOV"),
        ("Delhi wies die Vorwürfe am Montag entschieden zurück.", "Delhi", "INDGOV"),
    ],
)
def test_a_statement_from_the_capital_is_the_governments(text, capital, code):
    entity = mentioned_entity(text, words=capital, date=DATE)
    assert entity is not None and entity.actor_code == code


@pytest.mark.parametrize(
    ("text", "capital"),
    [
        ("Die Touristen aus Kairo besichtigten das Museum.", "Kairo"),
        ("In Delhi demonstrierten am Sonntag Tausende Bauern.", "Delhi"),
    ],
)
def test_people_from_the_capital_or_the_city_itself_are_no_government(text, capital):
    entity = mentioned_entity(text, words=capital, date=DATE)
    assert entity is None or not (entity.actor_code or "").endswith("GOV")
