"""Arguments the news parser attaches where German grammar puts them: the patient of an act on the act
noun ("drohten mit Angriffen auf …"), a bare dative as `obl:arg` ("ließ Lula wissen"), a "zu" infinitive
on the dative before it, "beide Seiten" as the object of the appeal. The rules read these attachments."""

from lagebild import analyze
from tests.event_tuples import coded_events


def _events(text: str) -> list[tuple]:
    return [
        (
            e.code,
            e.source.actor_code[:3] if e.source else None,
            e.target.actor_code[:3] if e.target else None,
            e.modality,
        )
        for e in analyze(text, date="2026-11-20", lang="de").events
    ]


def test_the_patient_of_a_threatened_act_is_the_threats_target():
    found = _events("Die irakischen Milizen drohten mit Anschlägen auf amerikanische Kasernen.")
    assert ("130", "IRQ", "USA", "asserted") in found


def test_an_act_deliberated_addresses_no_one():
    found = _events("Die Außenminister der EU beraten am Montag über Sanktionen gegen Teheran.")
    assert not [e for e in found if e[0].startswith("04") and e[2] == "IRN"]


def test_attacks_on_a_named_person_are_no_military_force():
    assert not [
        e for e in _events("Orbán verschärfte seine Angriffe auf Selenskyj.") if e[0].startswith("19")
    ]


def test_attacks_on_a_state_remain_military_force():
    assert ("190", "RUS", "UKR", "asserted") in _events("Russland verstärkte seine Angriffe auf die Ukraine.")


def test_a_reported_verdict_on_shelling_accuses_its_performer():
    found = _events(
        "Der Beschuss der russischen Armee sei völkerrechtswidrig, sagte der ukrainische Außenminister."
    )
    assert ("112", "UKR", "RUS", "asserted") in found
    assert "111" not in {e[0] for e in found}


def test_a_reported_clause_under_lassen_has_its_own_subject_and_the_dative_is_told():
    found = _events("Die Kanzlerin ließ Macron wissen, Deutschland werde den Vertrag nicht unterzeichnen.")
    assert ("120", "DEU", "FRA", "asserted") in found


def test_a_reported_man_under_lassen_is_the_speaker():
    found = _events("Auch Wien ließ Berlin wissen, man werde die Flüchtlinge nicht übernehmen.")
    assert {(e[1], e[2]) for e in found if e[0].startswith("12")} == {("AUT", "DEU")}


def test_an_infinitive_hung_on_the_dative_is_the_promise():
    # a second event of the lone sentence, between the same sides as the first: kept as the coder makes it
    found = coded_events(
        "Der französische Präsident versprach der Regierung in Warschau, ihre Grenzpolitik zu unterstützen.",
        "2026-11-20",
        keep_implausible=True,
    )
    assert ("032", "FRA", "POL", "asserted") in found


def test_an_appeal_to_both_sides_passes_over_a_mediator():
    # Qatar talks to both and criticises Israel; the fighting is between Israel and Hezbollah
    text = (
        "Katar führte in Doha Gespräche mit Israel. Der katarische Außenminister beriet sich am Abend auch mit"
        " der Hisbollah. Doha warf Israel vor, die Verhandlungen zu verschleppen. Katar kritisierte Israel"
        " zudem wegen seiner Blockade. Die Hisbollah beschoss israelische Stellungen. Der UN-Generalsekretär"
        " rief beide Seiten zur Zurückhaltung auf."
    )
    targets = {e[2] for e in _events(text) if e[0].startswith("02") and e[1] == "IGO"}
    assert targets == {"ISR", "LBN"}
