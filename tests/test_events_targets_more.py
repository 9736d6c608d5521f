"""Targets within a state and between coordinated or reciprocal clauses, on sentences of our own:
rebels and the opposition against their own government (events/targets_camps.py), a first clause
taking the counterpart its coordinated clause names (events/targets_coordinated.py), two sides acting
"gegenseitig" on each other (events/targets_reciprocal.py), and a state acting on its own people."""

from __future__ import annotations

from lagebild.events.targets_camps import camp_of, on_own_people
from lagebild.pipeline import get_pipeline
from tests.event_tuples import events_of_root

DATE = "2026-11-25"


def test_rebels_accuse_their_own_government():
    text = "Die Regierung in Bogotá setzte die Gespräche mit der ELN aus. Die ELN warf der Regierung vor, die Verhandlungen zu blockieren."
    (accusation,) = events_of_root(text, DATE, "11")
    assert accusation.source.actor_code == "COLREB"
    assert accusation.target is not None and accusation.target.actor_code == "COLGOV"


def test_the_opposition_answers_the_government_it_clashed_with_just_before():
    text = "Lukaschenko ließ die Proteste der Opposition niederschlagen. Die Opposition sprach daraufhin von Wahlbetrug."
    (charge,) = events_of_root(text, DATE, "11")
    assert charge.source.actor_code == "BLROPP"
    assert charge.target is not None and charge.target.country == "BLR"
    assert charge.target.actor_code != "BLROPP"


def test_an_armed_group_abroad_still_stands_for_its_state():
    """The camps split a state only at home: Hezbollah answering Israel's strike on Lebanon answers
    for Lebanon, and its rockets are aimed at Israel."""
    text = "Israel bombardierte am Morgen Ziele im Libanon. Die Hisbollah feuerte am Abend Raketen ab."
    (rockets,) = [e for e in events_of_root(text, DATE, "19") if e.source.actor_code == "LBNREB"] or [None]
    assert rockets is not None and rockets.target is not None and rockets.target.country == "ISR"


def test_officials_of_one_state_are_one_camp():
    doc = get_pipeline("de")(
        "Der Präsident Alexander Lukaschenko und die Oppositionspolitikerin Swetlana Tichanowskaja."
    )
    camps = {camp_of(e) for e in doc.ents if e._.actor is not None}
    assert {"BLR", "BLR:challenger"} <= camps


def test_a_first_clause_takes_the_counterpart_its_coordinated_clause_names():
    text = "Die Außenminister der G7 äußerten große Sorge und forderten Teheran auf, die Urananreicherung zu stoppen."
    (concern,) = events_of_root(text, DATE, "01")
    assert concern.target is not None and concern.target.country == "IRN"


def test_a_counterpart_guessed_outside_the_next_clause_is_not_shared():
    text = (
        "Katar, das seit Wochen mit der Hamas über Geiseln spricht, zeigte sich besorgt und rief alle "
        "Beteiligten zur Zurückhaltung auf."
    )
    assert all(e.target is None or e.target.country != "PSE" for e in events_of_root(text, DATE, "01"))


def test_a_rejected_criticism_takes_no_counterpart_from_its_coordinated_clause():
    """The critic is the target only where the sentence names one: whom the next clause offers talks
    to is not who criticised."""
    text = "Die Regierung in Rom wies die Kritik zurück und bot den französischen Behörden neue Gespräche an."
    (rejection,) = events_of_root(text, DATE, "12")
    assert rejection.target is None


def test_a_rejected_criticism_answers_whom_its_coordinated_clause_charges_back():
    text = "Die Regierung in Rom wies die Kritik zurück und warf Paris Heuchelei vor."
    rejections = events_of_root(text, DATE, "12")
    assert rejections and all(e.target is not None and e.target.country == "FRA" for e in rejections)


def test_a_rejected_criticism_keeps_the_critic_it_names():
    text = "Die Regierung in Rom wies die Kritik aus Paris zurück und bot neue Gespräche an."
    (rejection,) = events_of_root(text, DATE, "12")
    assert rejection.target is not None and rejection.target.country == "FRA"


def test_two_sides_accusing_each_other_target_each_other():
    text = (
        "An der Grenze zwischen Armenien und Aserbaidschan kam es zu Gefechten. "
        "Beide Länder beschuldigen sich gegenseitig, die Kämpfe begonnen zu haben."
    )
    accusations = [e for e in events_of_root(text, DATE, "11") if "beschuldigen" in e.evidence.text]
    assert {(e.source.country, e.target.country if e.target else None) for e in accusations} == {
        ("ARM", "AZE"),
        ("AZE", "ARM"),
    }


def test_a_state_acting_on_its_own_population_keeps_the_event():
    (emergency,) = events_of_root(
        "Estland rief wegen der Lage an der Grenze den Ausnahmezustand aus.", DATE, "17"
    )
    assert emergency.source.actor_code == "EST"
    assert emergency.target is not None and emergency.target.actor_code == "ESTCVL"


def test_people_arrested_through_lassen_are_the_target():
    """The parse makes the people the infinitive's subject; under "lassen" they are its patient."""
    text = (
        "In Kasachstan eskalierten die Proteste. Die Behörden ließen fast 6000 Menschen festnehmen, "
        "unter ihnen den früheren Geheimdienstchef."
    )
    (arrest,) = events_of_root(text, DATE, "17")
    assert arrest.target is not None and arrest.target.actor_code == "KAZCVL"


def test_own_people_is_no_licence_for_officials_of_one_state():
    doc = get_pipeline("de")("Russland und der Kreml und die russische Opposition.")
    spans = {e._.actor.actor_code: e for e in doc.ents if e._.actor is not None}
    state, opposition = spans.get("RUS"), spans.get("RUSOPP")
    assert state is not None and opposition is not None
    assert on_own_people(state, opposition)
    assert not on_own_people(opposition, state)


def test_states_listed_as_one_subject_are_no_targets_of_each_other():
    text = "Zugleich verhängten Ghana, Togo und Benin Sanktionen gegen die Putschisten."
    for event in events_of_root(text, DATE, "16"):
        assert event.target is None or event.target.country not in {"GHA", "TGO", "BEN"}


def test_judging_the_step_targets_whoever_took_it():
    """ "den Schritt" names no kind of act: it is the latest act before, not the latest exchange."""
    text = (
        "Der Strafgerichtshof erließ Haftbefehl gegen Putin. Kiew lobte den Haftbefehl und forderte "
        "Russland zur Auslieferung auf. Moskau wies den Schritt als nichtig zurück."
    )
    (rejection,) = [e for e in events_of_root(text, DATE, "12") if "Schritt" in e.evidence.text]
    assert rejection.target is not None and rejection.target.actor_code == "IGOJUDICC"


def test_a_step_with_its_own_performer_keeps_it():
    text = "Lettland schloss seinen Luftraum. Der litauische Minister lobte den Beschluss Bagdads, die Flüge auszusetzen."
    (praise,) = events_of_root(text, DATE, "05")
    assert praise.target is None or praise.target.country != "LVA"


def test_a_statement_is_about_whom_its_complement_clause_names():
    (doubt,) = events_of_root("Ob Teheran einlenkt, bezweifelt der französische Außenminister.", DATE, "01")
    assert doubt.target is not None and doubt.target.country == "IRN"
    (hope,) = events_of_root(
        "Die Kanzlerin zeigte sich zuversichtlich, dass ein Abkommen mit Warschau gelingt.", DATE, "01"
    )
    assert hope.target is not None and hope.target.country == "POL"


def test_a_denial_takes_no_target_from_what_it_denies():
    for denial in events_of_root(
        "Der Kreml bestritt, dass russische Truppen Kiew beschossen hätten.", DATE, "01"
    ):
        assert denial.target is None


def test_coercion_of_unnamed_people_guesses_no_counterpart_from_before():
    text = "Litauen warf Belarus vor, Migranten an die Grenze zu schleusen. Vilnius schob daraufhin Hunderte Migranten ab."
    (deportation,) = [e for e in events_of_root(text, DATE, "17") if "schob" in e.evidence.text]
    assert deportation.target is None or deportation.target.country != "BLR"


def test_giving_way_with_what_is_ones_own_yields_to_whoever_was_named_before():
    text = "Die Regierung in Baku verlangt den Abzug. Ob Eriwan seine Soldaten nun abzieht, ist völlig offen."
    # soldiers leaving a foreign state: a withdrawal (166, `withdrawn_forces.py`)
    (withdrawal,) = events_of_root(text, DATE, "16")
    assert withdrawal.source.country == "ARM"
    assert withdrawal.target is not None and withdrawal.target.country == "AZE"
