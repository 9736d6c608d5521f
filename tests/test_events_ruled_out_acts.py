"""An act an actor rules out ("schloss … aus") is coded negated beside the asserted refusal."""

from lagebild import analyze


def _events(text: str) -> list[dict]:
    return [e.model_dump() for e in analyze(text, date="2024-03-01", lang="de").events]


def _country(side: dict | None) -> str | None:
    return side["country"] if side else None


def test_ruled_out_withdrawal_is_negated_beside_the_refusal():
    events = _events("Frankreich schloss einen Abzug seiner Truppen aus Mali aus.")
    refusals = [e for e in events if e["root"] == "12"]
    withdrawals = [e for e in events if e["root"] == "08"]
    assert refusals and all(e["modality"] == "asserted" for e in refusals)
    assert withdrawals, "the withdrawal named by the object noun is an event"
    assert all(e["modality"] == "negated" for e in withdrawals)
    assert {(_country(e["source"]), _country(e["target"])) for e in withdrawals} == {("FRA", "MLI")}


def test_ruled_out_visit_did_not_happen():
    events = _events("Ankara schloss einen Besuch des Präsidenten in Athen aus.")
    visits = [e for e in events if e["root"] == "04"]
    assert visits
    assert all(e["modality"] == "negated" for e in visits)
    assert any(e["root"] == "12" and e["modality"] == "asserted" for e in events)


def test_not_ruling_out_leaves_the_measure_open():
    events = _events("Paris schließt Sanktionen gegen Moskau nicht aus.")
    assert events
    assert all(e["modality"] != "negated" for e in events)


def test_an_announced_withdrawal_is_not_negated():
    events = _events("Frankreich kündigte einen Abzug seiner Truppen aus Mali an.")
    assert all(e["modality"] != "negated" for e in events)
