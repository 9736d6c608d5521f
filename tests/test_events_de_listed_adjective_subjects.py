"""Nationality adjectives listed on one subject after the finite verb ("haben französische und britische
Kampfflugzeuge … angegriffen") are one phrase: the first is no subject of its own that makes the noun
phrase the patient. Each listed state acts, or is acted upon, on its own (`ActorIndex.adjectives_listed_with`).
New sentences, not from any gold set."""

from tests.event_tuples import coded_dyads


def test_listed_adjectives_on_the_subject_attack_the_named_target():
    text = (
        "In der Nacht zum Sonntag haben französische und britische Kampfflugzeuge mehr als vierzig Ziele der"
        " Hamas im Gazastreifen angegriffen."
    )
    dyads = {(s, t) for c, s, t in coded_dyads(text, "2024-05-01") if c.startswith("19")}
    assert {("FRA", "PSE"), ("GBR", "PSE")} <= dyads
    assert not [d for d in dyads if d[1] in ("FRA", "GBR")]


def test_each_listed_adjective_on_the_subject_is_a_source():
    text = "Spanische, portugiesische und italienische Kriegsschiffe übten mit der Marine Marokkos."
    sources = {s for c, s, t in coded_dyads(text, "2024-05-01") if c.startswith("06") and t == "MAR"}
    assert sources == {"ESP", "PRT", "ITA"}


def test_listed_adjectives_with_their_own_articles_are_each_a_source():
    text = "Die belgische und die niederländische Regierung forderten Moskau zum Abzug seiner Truppen auf."
    sources = {s for c, s, t in coded_dyads(text, "2024-05-01") if c.startswith("10") and t == "RUS"}
    assert sources == {"BEL", "NLD"}


def test_listed_adjectives_on_the_object_are_each_a_target():
    text = "Die Regierung in Washington verhängte Sanktionen gegen iranische und syrische Unternehmen."
    targets = {t for c, s, t in coded_dyads(text, "2024-05-01") if c.startswith("16") and s == "USA"}
    assert targets == {"IRN", "SYR"}
