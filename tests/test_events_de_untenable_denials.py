"""Rejecting a claim or reason as untenable ("als haltlos zurückweisen") denies it (016), where rejecting
a demand stays a rejection (12x) (lexicon row 016 zurückweisen)."""

from tests.event_tuples import coded_events

DATE = "2024-05-02"


def _codes(text: str) -> set[tuple[str, str | None]]:
    return {(code, source) for code, source, _, _ in coded_events(text, DATE, True)}


def test_a_reason_rejected_as_untenable_is_denied():
    codes = _codes("Das Außenministerium in Ankara wies die Begründung als völlig haltlos zurück.")
    assert ("016", "TUR") in codes
    assert not any(code.startswith("12") for code, _ in codes)


def test_a_demand_rejected_stays_a_rejection():
    codes = _codes("Das Außenministerium in Ankara wies die Forderung der Nachbarn zurück.")
    assert any(code.startswith("12") and source == "TUR" for code, source in codes)
