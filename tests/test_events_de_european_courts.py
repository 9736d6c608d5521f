"""The EU's court acts for the EU ("Der Europäische Gerichtshof", "der EuGH"); the Council of Europe's
court of human rights, whose name begins alike, acts for no state or scored IGO. Through the real
pipeline."""

from __future__ import annotations

from lagebild import analyze

DATE = "2024-03-12"


def _events(text: str) -> set[tuple[str | None, str, str | None, str]]:
    return {
        (
            e.source.actor_code if e.source else None,
            e.code[:2],
            e.target.actor_code if e.target else None,
            e.modality,
        )
        for e in analyze(text, date=DATE, lang="de").events
    }


def test_eu_court_is_the_target_of_a_states_criticism():
    events = _events("Die ungarische Regierung kritisierte den Europäischen Gerichtshof scharf.")
    assert ("HUNGOV", "11", "IGOEUREEC", "asserted") in events


def test_eu_court_by_its_abbreviation_rejects_a_states_suit():
    events = _events("Der EuGH hat die Klage Warschaus gegen die Verordnung abgewiesen.")
    assert ("IGOEUREEC", "12", "POLGOV", "asserted") in events


def test_court_of_human_rights_is_not_the_eu():
    events = _events("Der Europäische Gerichtshof für Menschenrechte hat die Türkei scharf kritisiert.")
    assert ("IGOJUDEHR", "11", "TUR", "asserted") in events
    assert not any("IGOEUREEC" in (source, target) for source, _, target, _ in events)


def test_court_of_human_rights_in_the_genitive_is_not_the_eu():
    # the genitive inflects the noun inside the name ("des Europäischen Gerichtshofs für Menschenrechte")
    events = _events(
        "Russland verliert den Schutz des Europäischen Gerichtshofs für Menschenrechte, bedauerte die Ministerin."
    )
    assert ("RUS", "11", "IGOJUDEHR", "asserted") in events
    assert not any("IGOEUREEC" in (source, target) for source, _, target, _ in events)


def test_judges_in_luxembourg_are_the_eu_court():
    # the seat of the EU's court, not the Grand Duchy's judiciary
    events = _events(
        "Die Richter in Luxemburg warfen Polen einen schweren Verstoß gegen das Unionsrecht vor."
    )
    assert ("IGOEUREEC", "11", "POL", "asserted") in events
