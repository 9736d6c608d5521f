"""Round 7 of lexicon matching: separable verbs that share a finite form, aid announced in a "zu"
clause, and acts ruled out by "ausschließen"."""

from lagebild import analyze
from lagebild.events.noun_agents import PERFORMING_VERBS
from lagebild.pipeline import get_pipeline


def _events(text: str) -> list[dict]:
    return [e.model_dump() for e in analyze(text, date="2024-03-01", lang="de").events]


def _dyads(events: list[dict], root: str) -> set[tuple[str | None, str | None, str]]:
    return {
        (
            e["source"]["country"] if e["source"] else None,
            e["target"]["country"] if e["target"] else None,
            e["modality"],
        )
        for e in events
        if e["root"] == root
    }


# --- a finite form shared by two separable verbs of one set keeps both particles


def test_a_finite_form_is_recognised_with_each_of_its_particles():
    doc = get_pipeline("de")("Die Polizei führte die Kontrollen durch, die Armee führte den Befehl aus.")
    durch, aus = (t for t in doc if t.lower_ == "führte")
    assert durch in PERFORMING_VERBS  # "führte … durch" as well as "führte … aus"
    assert aus in PERFORMING_VERBS


def test_a_finite_form_without_its_particle_is_not_the_verb():
    doc = get_pipeline("de")("Die Straße führte zum Flughafen.")
    assert next(t for t in doc if t.lower_ == "führte") not in PERFORMING_VERBS


def test_the_subject_of_fuehrte_durch_performs_the_raid():
    events = _events("Die russische Polizei führte eine Razzia gegen die Opposition durch.")
    assert ("RUS", "RUS", "asserted") in _dyads(events, "17")


# --- aid announced in a "zu" clause: the pledge and the aid to come


def test_announced_delivery_is_the_pledge_and_the_aid_to_come():
    events = _events("Kanada kündigte am Montag an, der Ukraine weitere Munition zu liefern.")
    pledges = [e for e in events if e["code"].startswith("033")]
    assert pledges and all(e["modality"] == "asserted" for e in pledges)
    assert ("CAN", "UKR", "future") in _dyads(events, "07")


def test_an_announced_aid_package_is_the_pledge_alone():
    events = _events("Kanada kündigte ein neues Hilfspaket für die Ukraine an.")
    assert any(e["code"].startswith("033") for e in events)
    assert not [e for e in events if e["root"] == "07"]


# --- acts ruled out by "ausschließen"


def test_a_fronted_arrest_ruled_out_is_negated_with_the_speaker_as_source():
    events = _events("Eine Verhaftung des Journalisten schloss die Polizei in Belarus aus.")
    arrests = [e for e in events if e["root"] == "17"]
    assert arrests and all(e["modality"] == "negated" for e in arrests)
    assert {e["source"]["country"] for e in arrests} == {"BLR"}
    # ruling out a hostile act of one's own refuses nobody: nothing is asserted
    assert not [e for e in events if e["modality"] == "asserted"]


def test_sanctions_coded_by_the_ruling_out_verb_are_negated():
    events = _events("Strafzölle gegen Peru schloss der mexikanische Präsident jedoch aus.")
    assert _dyads(events, "16") == {("MEX", "PER", "negated")}


def test_trade_barriers_are_sanctions():
    events = _events("Neue Handelsschranken gegen Peru schloss die Regierung Mexikos aus.")
    assert _dyads(events, "16") == {("MEX", "PER", "negated")}
    assert not [e for e in events if e["root"] == "12"]


def test_a_resignation_ruled_out_is_refused_and_negated():
    events = _events("Den Rücktritt ihrer Regierung schloss die peruanische Präsidentin am Dienstag aus.")
    assert {m for _, _, m in _dyads(events, "12")} == {"asserted"}
    assert {(s, m) for s, _, m in _dyads(events, "08")} == {("PER", "negated")}


def test_an_attack_not_ruled_out_stays_possible():
    events = _events("Einen Angriff auf Taiwan schloss die chinesische Regierung nicht aus.")
    assert ("CHN", "TWN", "hypothetical") in _dyads(events, "19")
    assert not [e for e in events if e["modality"] == "negated"]
