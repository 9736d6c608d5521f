"""A "sie" for a body named by its noun and an attribute ("die Regierung von Präsident Ruto", "die
Regierung in Addis Abeba"): the body continues the topic, with the side its attribute names
(`events/pronoun_sources.py`)."""

from __future__ import annotations

from tests.event_tuples import country_events


def _events(text: str) -> list[tuple]:
    """(CAMEO root, source state, target state) of every event, in order."""
    return [(code[:2], source, target) for code, source, target, _ in country_events(text, "2024-05-10")]


def test_she_after_the_verb_is_the_government_of_the_president_named_before():
    text = (
        "Am Montag hatte die Regierung von Präsident Ruto die Grenze zu Somalia geschlossen. "
        "Zugleich warf sie Mogadischu vor, die Miliz zu dulden."
    )
    assert ("11", "KEN", "SOM") in _events(text)


def test_a_plural_she_does_not_take_up_a_feminine_body():
    text = (
        "Am Montag hatte die Regierung von Präsident Ruto die Grenze zu Somalia geschlossen. "
        "Zugleich warfen sie Mogadischu vor, die Miliz zu dulden."
    )
    assert ("11", "KEN", "SOM") not in _events(text)


def test_a_singular_she_stays_singular_beside_a_plural_verb_of_another_clause():
    # the tagger reads "bereitzustellen" as a plural finite verb: a verb depending on the pronoun's verb
    # tells nothing of its number, only that verb and its auxiliaries do
    text = (
        "Die Regierung in Port-au-Prince begrüßte die Entscheidung. "
        "Sie rief die Mitgliedstaaten auf, rasch Truppen und Geld bereitzustellen."
    )
    assert ("02", "HTI", None) in _events(text)
