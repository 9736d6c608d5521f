"""A subject pronoun does not take up a person named in the clause its verb reports: "Orbán lasse …,
kritisierte er" is someone else speaking of Orbán (`actor_pronouns.resolve_pronoun`); a pronoun in that
clause may still be the speaker ("Er werde bleiben, sagte er")."""

from __future__ import annotations

from tests.entity_mentions import reference_codes
from tests.event_tuples import country_events


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
    assert reference_codes(text, "2025-03-04") == [("Er", "DEUGOV"), ("er", "DEUGOV")]
