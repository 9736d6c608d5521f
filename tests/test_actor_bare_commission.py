"""A bare "die Kommission" in an article that has named the EU (also as "Brüssel"), but never
"EU-Kommission", is the Union's Commission; with no EU named, it stays nobody we can tell."""

from tests.event_tuples import coded_dyads

DATE = "2024-05-01"


def test_bare_commission_after_brussels_is_the_union():
    text = "Brüssel kritisierte Belgrad scharf. Die Kommission könnte nun Vorbeitrittsgelder einfrieren."
    assert ("163", "IGOEUREEC", "SRB") in coded_dyads(text, DATE)


def test_bare_commission_without_the_eu_is_nobody():
    assert not coded_dyads("Die Kommission könnte die Gelder für Ungarn einfrieren.", DATE)
