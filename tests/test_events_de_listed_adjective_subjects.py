"""Nationality adjectives listed on one subject after the finite verb ("haben französische und britische
Kampfflugzeuge … angegriffen") are one phrase: the first is no subject of its own that makes the noun
phrase the patient. New sentences, not from any gold set."""

from tests.event_tuples import coded_dyads


def test_listed_adjectives_on_the_subject_attack_the_named_target():
    text = (
        "In der Nacht zum Sonntag haben französische und britische Kampfflugzeuge mehr als vierzig Ziele der"
        " Hamas im Gazastreifen angegriffen."
    )
    dyads = {(s, t) for c, s, t in coded_dyads(text, "2024-05-01") if c.startswith("19")}
    assert ("GBR", "PSE") in dyads
    assert not [d for d in dyads if d[1] in ("FRA", "GBR")]
