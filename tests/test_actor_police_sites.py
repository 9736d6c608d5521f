"""The police, its officers or security forces as the subject of a clause that names a place with "in"/"im"
are that place's (actor_institutions' _site_of_clause), even where the place is part of what they act on."""

from __future__ import annotations

from tests.entity_mentions import mentioned_state


def test_officers_are_of_the_city_their_clause_names():
    text = (
        "Die Lage in Mexiko bleibt angespannt, sagte der Botschafter. "
        "Polizisten riegelten unterdessen die Straße vor dem Palast in Lima ab."
    )
    assert mentioned_state(text, "Polizisten") == "PER"


def test_officers_acted_on_are_not_placed_by_the_clause():
    text = "Die Regierung in Quito beklagte, Demonstranten hätten Polizisten mit Steinen beworfen, wie zuvor schon in Lima."
    assert mentioned_state(text, "Polizisten") == "ECU"


def test_security_forces_are_of_the_town_their_clause_names():
    text = "Warschau protestierte scharf. Sicherheitskräfte nahmen den Reporter am Morgen in Grodno fest."
    assert mentioned_state(text, "Sicherheitskräfte") == "BLR"
