"""Acts that are only supposed are not asserted (issue 7): a public statement (CAMEO 01) only expected,
advised or asked about was not made; an act framed by a scenario, a best or worst case or a condition is
hypothetical, one named as the purpose of an act still to come is still to come (of a past one it is told
with it), and one only commentators doubt
or someone claims is no event. A comment declined, an act not owned up to, a denial left unmade, an
option ruled out, a concession ("auch wenn"), a cause and a comparison clause stay facts. Sentences
written for these tests."""

from __future__ import annotations

from functools import partial

import pytest

from tests.event_tuples import code_modalities, events_of

DATE = "2024-03-12"
SCENARIO_DATE = "2024-03-01"


_events = partial(events_of, date=DATE)


def _codes(text: str) -> list[tuple[str, str]]:
    return [(e.code, e.modality) for e in _events(text)]


@pytest.mark.parametrize(
    "text",
    [
        # a consideration the writer only expects, if a condition holds
        "Gibt Teheran die Seeleute nicht frei, dürften London und Paris über eine Ausweisung der "
        "Botschafter nachdenken.",
        # a consideration one side advises the other to make
        "Moskau wies die Kritik zurück und empfahl den Amerikanern, über ihre eigenen Kriege nachzudenken.",
        # a consideration asked about
        "Ob Moskau damit die Luftabwehr der Nato prüfen wollte, ist unter Fachleuten umstritten.",
        # a consideration announced only as the consequence of a condition
        "Wenn Kiew nicht einlenke, werde Moskau andere Schritte prüfen müssen, sagte Lawrow.",
    ],
)
def test_a_statement_nobody_made_is_no_event(text):
    assert not [c for c in _codes(text) if c[0].startswith("01")]


def test_the_other_acts_of_the_sentence_stay():
    """Only the unsaid statement goes: the rejection and the appeal next to it are acts."""
    codes = [
        c
        for c, _ in _codes(
            "Moskau wies die Kritik zurück und empfahl den Amerikanern, über ihre eigenen Kriege nachzudenken."
        )
    ]
    assert "120" in codes and "020" in codes


def test_a_consideration_under_way_is_an_event():
    assert ("014", "asserted") in _codes("Die Regierung in Berlin prüft neue Sanktionen gegen Russland.")


def test_a_comment_declined_stays():
    assert ("011", "asserted") in _codes(
        "Der Kreml äußerte sich zunächst nicht zu den Vorwürfen aus Warschau."
    )


def test_an_act_not_owned_up_to_stays():
    assert ("015", "negated") in _codes(
        "Kiew hat sich offiziell nicht zu dem Anschlag auf die Krim-Brücke bekannt."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Den Einsatz der Soldaten hat Moskau bislang nicht dementiert.",
        "Die Regierung in Ankara hat nicht bestritten, dass die Drohnen aus der Türkei stammen.",
        "Teheran dementierte die Lieferung der Raketen bislang nicht.",
    ],
)
def test_a_denial_left_unmade_stays(text):
    """That a side has not denied a charge is news, like an act not owned up to."""
    assert ("016", "negated") in _codes(text)


def test_a_point_not_disputed_in_a_statement_is_no_denial():
    codes = _codes("Die Regierung in Belgrad erklärte, sie bestreite nicht die Grenzen Montenegros.")
    assert not [c for c in codes if c[0] == "016"]


@pytest.mark.parametrize(
    "text",
    [
        "Im günstigsten Fall lässt Teheran die Seeleute frei, und London nimmt Gespräche mit Iran auf.",
        "Im schlimmsten Falle marschieren russische Truppen in Moldau ein.",
        "Bestenfalls ratifiziert die EU das Abkommen mit Chile noch im Sommer.",
        "Die Lage ist angespannt, im Ernstfall verlegt die Nato Truppen nach Estland.",
    ],
)
def test_a_best_or_worst_case_frames_an_outlook(text):
    codes = _codes(text)
    assert codes
    assert all(modality == "hypothetical" for _, modality in codes)


def test_a_case_named_later_or_an_ordinary_case_asserts():
    # an ordinary "Fall" and a clause before the frame stay facts
    assert ("163", "asserted") in _codes("Frankreich verhängte Sanktionen gegen Russland.")
    framed = _codes(
        "Frankreich verhängte Sanktionen gegen Russland, im Ernstfall verlegt die Nato Truppen nach Estland."
    )
    assert ("163", "asserted") in framed
    assert any(code.startswith("15") and modality == "hypothetical" for code, modality in framed)
    assert ("163", "asserted") in _codes("Im Fall Nawalny verhängte die EU Sanktionen gegen Russland.")
    # after the finite verb the word grades what took place
    graded = _codes("Die Gespräche zwischen Serbien und dem Kosovo brachten bestenfalls kleine Fortschritte.")
    assert ("040", "asserted") in graded


def test_an_option_kept_open_is_no_rejection():
    text = "Paschinjan äußerte sich in Jerewan. Einen Antrag auf Mitgliedschaft in der EU wolle er nicht ausschließen."
    assert not [c for c in _codes(text) if c[0].startswith(("12", "13"))]


def test_an_option_ruled_out_is_a_rejection():
    assert ("120", "asserted") in _codes("Der Kanzler schloss eine Beteiligung am Einsatz aus.")


def test_auch_or_selbst_wenn_makes_no_consequence():
    # the main clause holds whether or not Russia attacks; the attack itself stays open
    codes = _codes("Selbst wenn Russland angreift, schickt die Nato keine Truppen in die Ukraine.")
    assert ("154", "negated") in codes
    assert ("190", "hypothetical") in codes
    # a plain "wenn" still makes the main clause a consequence
    assert ("163", "hypothetical") in _codes(
        "Wenn Moskau angreift, verhängt die EU Sanktionen gegen Russland."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Kuba erhielt Hilfe von Mexiko. Ob die Hilfe Mexikos Kuba hilft, darf bezweifelt werden.",
        "Ob die Gespräche Yellens mit China das Klima verbessern, bezweifeln Beobachter.",
        "Ob Interpol die Ersuchen Russlands künftig abweist, bezweifeln Kritiker.",
    ],
)
def test_an_act_only_commentators_doubt_is_none(text):
    # neither the doubted act nor the commentators' doubting is an event
    last_sentence = text.split(". ")[-1].strip()
    assert not [e for e in _events(text) if e.evidence.text.strip() == last_sentence]


def test_an_act_an_actor_doubts_stays_open():
    events = _events("Ob Lukaschenko gegenüber Litauen einlenkt, bezweifelt Landsbergis.")
    assert any(e.root == "08" and e.modality == "hypothetical" for e in events)
    assert any(e.root == "01" and e.modality == "asserted" for e in events)


def test_a_clause_with_its_own_conjunction_is_outside_the_case():
    codes = _codes(
        "Im schlimmsten Fall spaltet Minsk die Europäer, während russische Truppen an der Grenze zu Polen "
        "aufmarschieren."
    )
    assert any(code.startswith("15") and modality == "asserted" for code, modality in codes)


def test_a_threat_on_a_condition_is_made_by_a_shared_subject():
    codes = _codes(
        "Die Türkei warf Syrien vor, Kämpfer zu beherbergen, und drohte mit einer Offensive, falls die "
        "Angriffe weitergingen."
    )
    assert any(code.startswith("13") and modality == "asserted" for code, modality in codes)


def test_what_is_threatened_has_not_happened():
    events = _events("Die Milizen drohten mit Anschlägen auf amerikanische Stützpunkte im Irak.")
    assert any(e.root == "13" and e.modality == "asserted" for e in events)
    assert not [e for e in events if e.root == "18" and e.modality == "asserted"]


def test_an_act_given_as_a_cause_happened():
    events = _events(
        "Putin blieb dem Gipfel fern, weil ihm wegen des Haftbefehls des Internationalen Strafgerichtshofs "
        "in Südafrika die Festnahme hätte drohen können."
    )
    assert any(e.root == "17" and e.modality == "asserted" for e in events)


def test_a_comparison_clause_reports_its_own_act():
    events = _events("Katar weigerte sich, den Sender zu schließen, wie es Riad und Kairo verlangten.")
    demands = [e for e in events if e.root == "10"]
    assert demands
    assert all(e.modality == "asserted" for e in demands)


@pytest.mark.parametrize(
    "text",
    [
        "Israel verstoße gegen das Völkerrecht, sagte der Minister aus Ramallah.",
        "Der Minister Kanadas sagte, die Zölle der USA verstießen gegen das Abkommen.",
        "Die Palästinenser machten geltend, Israel verstoße gegen das Völkerrecht.",
    ],
)
def test_a_breach_someone_claims_is_no_violation_by_the_accused(text):
    assert not [c for c in _codes(text) if c[0].startswith("128")]


def test_a_breach_the_author_states_stays():
    assert ("128", "asserted") in _codes("Die Übung Russlands verstößt gegen das Abkommen mit Norwegen.")
    # a relative clause of fact is no one's claim
    defied = _codes(
        "Die Regierung Bangladeschs hatte eine Ausgangssperre verhängt, was die Protestierenden ignorierten."
    )
    assert ("128", "asserted") in defied


@pytest.mark.parametrize(
    "text",
    [
        # the scenario stands in the first field; the parse hangs the act on a coordinated verb
        "Im ersten Szenario spielt Moskau auf Zeit und stoppt die Gaslieferungen an Polen.",
        # the act sits in the scenario's relative clause
        "Denkbar ist ein Szenario, in dem China die Gaslieferungen an Japan stoppt.",
    ],
)
def test_act_inside_a_scenario_is_hypothetical(text: str) -> None:
    assert code_modalities(text, SCENARIO_DATE, "163") == {"hypothetical"}


def test_scenario_named_after_the_verb_frames_nothing() -> None:
    text = (
        "Die Regierung in Warschau hat sich auf dieses Szenario vorbereitet und verhängte am Montag "
        "Sanktionen gegen Russland."
    )
    assert code_modalities(text, SCENARIO_DATE, "163") == {"asserted"}


def test_purpose_clause_of_a_coming_trip_is_still_to_come() -> None:
    events = events_of(
        "Der türkische Präsident reist morgen nach Moskau, um mit Putin über Getreide zu verhandeln.",
        SCENARIO_DATE,
    )
    assert {e.code: e.modality for e in events}.get("046") == "future"  # what the trip is for


def test_purpose_clause_of_a_past_trip_is_told_with_it() -> None:
    events = events_of(
        "Der türkische Präsident reiste nach Moskau, um mit Putin über Getreide zu verhandeln.", SCENARIO_DATE
    )
    by_code = {e.code: e.modality for e in events}
    assert by_code.get("042") == "asserted"  # the trip happened
    assert by_code.get("046") == "asserted"  # and the news reports what it was made for


def test_purpose_of_an_act_left_undone_is_no_fact() -> None:
    text = "Die Armee hat keinen Finger gerührt, um die Flüchtlinge aus Mali zu schützen."
    assert "asserted" not in {m for e in events_of(text, SCENARIO_DATE) for m in [e.modality]}


def test_act_that_has_a_purpose_stays_asserted() -> None:
    text = "Frankreich verhängte Sanktionen gegen Mali, um die Junta unter Druck zu setzen."
    assert code_modalities(text, SCENARIO_DATE, "163") == {"asserted"}
