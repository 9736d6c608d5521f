"""A person pronoun does not take up someone its own clause names again, by name or by role: the same
person would act on himself (`actor_pronouns.resolve_pronoun`)."""

from __future__ import annotations

from tests.event_tuples import country_events


def _events(text: str) -> list[tuple]:
    return [(code[:2], source, target) for code, source, target, _ in country_events(text, "2025-10-20")]


def test_a_pronoun_is_not_the_person_its_clause_names_by_role():
    text = (
        "US-Präsident Donald Trump sprach am Montag mit Wladimir Putin. "
        "Ein Treffen mit dem Kremlchef in Budapest sagte er dann ab."
    )
    coded = _events(text)
    assert ("12", "USA", "RUS") in coded
    assert ("12", "RUS", "USA") not in coded


def test_a_pronoun_is_not_the_person_named_in_a_phrase_on_an_adverb_of_its_clause():
    # "mit Macron" hangs on "Gemeinsam", which hangs on the verb: Macron is named in the pronoun's clause
    text = "Scholz besuchte am Montag Paris. Gemeinsam mit Emmanuel Macron telefonierte er danach mit Donald Tusk."
    coded = _events(text)
    assert ("04", "DEU", "POL") in coded
    assert ("04", "FRA", "POL") not in coded
