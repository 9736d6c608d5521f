"""People a state arrests or expels, charged by an agentless passive in their relative clause ("…, denen
Spionage vorgeworfen wird"), are accused by that state. Through the real pipeline."""

from __future__ import annotations

from lagebild import analyze

DATE = "2024-03-12"


def _events(text: str) -> set[tuple[str | None, str, str | None, str]]:
    return {
        (
            e.source.country if e.source else None,
            e.code[:3],
            e.target.country if e.target else None,
            e.modality,
        )
        for e in analyze(text, date=DATE, lang="de").events
    }


def test_the_expelling_state_accuses_the_expelled():
    events = _events(
        "Im Mai hat Prag fünf russische Diplomaten ausgewiesen, denen Spionage vorgeworfen wird."
    )
    assert ("CZE", "112", "RUS", "asserted") in events


def test_the_arresting_state_accuses_the_arrested_also_where_it_has_them_arrested():
    events = _events(
        "Die Junta in Mali hat zwei Franzosen festnehmen lassen, denen Spionage vorgeworfen wird."
    )
    assert ("MLI", "112", "FRA", "asserted") in events


def test_a_charge_with_its_accuser_named_is_no_detainees_charge():
    events = _events("Die Regierung lobte die Diplomaten, denen Russland Spionage vorgeworfen hatte.")
    assert not any(source is not None and source != "RUS" and code == "112" for source, code, _, _ in events)
