"""An act an actor rules out ("schloss … aus") is coded negated beside the asserted refusal, also
where the act is fronted or named by a sanction noun ("Strafzölle", "Handelsschranken"); an act not
ruled out stays possible."""

from functools import partial

from tests.event_tuples import dict_state, event_dicts, root_dyads

_events = partial(event_dicts, date="2024-03-01")


def test_ruled_out_withdrawal_is_negated_beside_the_refusal():
    events = _events("Frankreich schloss einen Abzug seiner Truppen aus Mali aus.")
    refusals = [e for e in events if e["root"] == "12"]
    withdrawals = [e for e in events if e["root"] == "08"]
    assert refusals and all(e["modality"] == "asserted" for e in refusals)
    assert withdrawals, "the withdrawal named by the object noun is an event"
    assert all(e["modality"] == "negated" for e in withdrawals)
    assert {(dict_state(e["source"]), dict_state(e["target"])) for e in withdrawals} == {("FRA", "MLI")}


def test_ruled_out_visit_did_not_happen_and_refuses_nobody():
    # a visit is the visitor's own step: ruling it out negates it, no one's request is refused
    events = _events("Ankara schloss einen Besuch des Präsidenten in Athen aus.")
    visits = [e for e in events if e["root"] == "04"]
    assert visits
    assert all(e["modality"] == "negated" for e in visits)
    assert not any(e["root"] == "12" for e in events)


def test_ruled_out_lawsuit_refuses_nobody():
    events = _events("Eine Klage vor dem Seegerichtshof schloss Manila vorerst aus.")
    assert not any(e["root"] == "12" for e in events)


def test_ruled_out_talks_with_a_partner_are_a_refusal():
    events = _events("Die Regierung in Eriwan schloss Gespräche mit Baku aus.")
    assert any(e["root"] == "12" and e["modality"] == "asserted" for e in events)


def test_not_ruling_out_leaves_the_measure_open():
    events = _events("Paris schließt Sanktionen gegen Moskau nicht aus.")
    assert events
    assert all(e["modality"] != "negated" for e in events)


def test_an_announced_withdrawal_is_not_negated():
    events = _events("Frankreich kündigte einen Abzug seiner Truppen aus Mali an.")
    assert all(e["modality"] != "negated" for e in events)


def test_a_fronted_arrest_ruled_out_is_negated_with_the_speaker_as_source():
    events = _events("Eine Verhaftung des Journalisten schloss die Polizei in Belarus aus.")
    arrests = [e for e in events if e["root"] == "17"]
    assert arrests and all(e["modality"] == "negated" for e in arrests)
    assert {e["source"]["country"] for e in arrests} == {"BLR"}
    # ruling out a hostile act of one's own refuses nobody: nothing is asserted
    assert not [e for e in events if e["modality"] == "asserted"]


def test_sanctions_coded_by_the_ruling_out_verb_are_negated():
    events = _events("Strafzölle gegen Peru schloss der mexikanische Präsident jedoch aus.")
    assert root_dyads(events, "16") == {("MEX", "PER", "negated")}


def test_trade_barriers_are_sanctions():
    events = _events("Neue Handelsschranken gegen Peru schloss die Regierung Mexikos aus.")
    assert root_dyads(events, "16") == {("MEX", "PER", "negated")}
    assert not [e for e in events if e["root"] == "12"]


def test_a_resignation_ruled_out_is_refused_and_negated():
    events = _events("Den Rücktritt ihrer Regierung schloss die peruanische Präsidentin am Dienstag aus.")
    assert {m for _, _, m in root_dyads(events, "12")} == {"asserted"}
    assert {(s, m) for s, _, m in root_dyads(events, "08")} == {("PER", "negated")}


def test_an_attack_not_ruled_out_stays_possible():
    events = _events("Einen Angriff auf Taiwan schloss die chinesische Regierung nicht aus.")
    assert ("CHN", "TWN", "hypothetical") in root_dyads(events, "19")
    assert not [e for e in events if e["modality"] == "negated"]


def test_a_military_intervention_ruled_out_is_force_negated_and_refuses_nobody():
    # "Eingreifen" names an intervention like "Intervention": force (19), ruled out by its own side
    events = _events("Ein militärisches Eingreifen in Mali schloss Paris vorerst aus.")
    assert root_dyads(events, "19") == {("FRA", "MLI", "negated")}
    assert not any(e["root"] == "12" for e in events)


def test_an_intervention_held_out_by_a_threat_is_force():
    events = _events("Die Türkei drohte mit einem Eingreifen in Syrien.")
    assert {(s, t) for s, t, _ in root_dyads(events, "19")} == {("TUR", "SYR")}
