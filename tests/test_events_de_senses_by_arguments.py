"""Senses chosen by a trigger's arguments (issue 7; found by the 10kGNAD precision audit and the tuning
banks, sentences written for these tests): a talk with the press is an interview, not a meeting, wherever
the parse hangs the partner; fighting for a goal without an enemy is campaigning; a qualified position is
a stance; closing a border restricts movement (191) and is no step against a mission (16x); solidarity
assured is expressed (05x), support assured pledged; a clause-final "wieder" is "again" except for verbs
whose lemma starts with it; cooperating ("zusammenarbeiten") is material cooperation; fighting an ill
of society or nature ("gegen die Korruption", "gegen die Waldbrände") is no fighting, advancing into a
run-off is no ground taken, a law or a mission of one's own approved ("billigte zehn Gesetze") is no
accord, and forces that "stationiert hat" or "sind stationiert" stand where they are (no deployment, 074
or 154) unless forces are added; the consultations a treaty article provides for ("nach Artikel 4") are
no meeting of the members that ask for them. Each case has a counterpart whose arguments keep the other
reading."""

from functools import partial

import pytest

from tests.event_tuples import coded_dyads, coded_events, modality_events

DATE = "2024-05-02"


_events = partial(coded_events, date=DATE)


coded = partial(coded_dyads, date="2024-03-05")


def roots(text: str) -> set[str]:
    return {code[:2] for code, _, _ in coded(text)}


_modal_events = partial(modality_events, date="2024-03-01")


@pytest.mark.parametrize(
    "text",
    [
        "Ein Sprecher des Kanzlers bestätigte im Gespräch mit dem SPIEGEL, dass Scholz nach Kiew reist.",
        "Die litauische Regierungschefin sagte im Gespräch mit der BBC, Vilnius werde die Grenze schützen.",
    ],
)
def test_a_talk_with_the_press_is_no_meeting(text):
    # the trip the spokesman confirms (042) stays; the talk itself is no meeting
    assert "040" not in {code for code, _, _ in coded(text)}


def test_a_talk_with_a_foreign_minister_is_still_a_meeting():
    events = coded("Außenministerin Baerbock sagte im Gespräch mit Blinken, Deutschland stehe zur Ukraine.")
    assert ("040", "DEU", "USA") in events


@pytest.mark.parametrize(
    "text",
    [
        "Die Regierung in Prag kämpfte um jede Stimme im Rat.",
        "Die Regierung in Wien habe für eine gemeinsame europäische Lösung gekämpft.",
    ],
)
def test_fighting_for_a_goal_is_no_fighting(text):
    assert "19" not in roots(text)


def test_fighting_an_enemy_is_still_fighting():
    assert "19" in roots("Russische Truppen kämpfen im Donbass gegen die ukrainische Armee.")


def test_a_qualified_position_is_a_stance():
    assert "19" not in roots("Die tschechische Regierung hat eine klare Position eingenommen.")


def test_a_position_taken_by_troops_is_still_ground_taken():
    assert "192" in {code for code, _, _ in coded("Die ukrainischen Truppen nahmen die Position ein.")}


@pytest.mark.parametrize(
    "text",
    [
        "Polen kündigte die Schließung der Grenze zu Belarus an.",
        "Ungarn hat die Grenzschließung zu Serbien angekündigt.",
    ],
)
def test_closing_a_border_closes_no_mission(text):
    assert "16" not in roots(text)


def test_closing_an_embassy_still_reduces_relations():
    events = coded("Der ukrainische Präsident kündigte die Schließung der russischen Botschaft in Kiew an.")
    assert ("161", "UKR", "RUS") in events


def test_talk_with_an_outlet_named_alone_is_no_meeting():
    events = _modal_events(
        "Der französische Außenminister sprach mit dem Spiegel über die Lage in der Ukraine."
    )
    assert not [e for e in events if e[0].startswith("04")]


def test_meeting_with_reporters_of_a_broadcaster_is_no_meeting():
    events = _modal_events("Der polnische Präsident traf sich in Warschau mit Journalisten der BBC.")
    assert not [e for e in events if e[0].startswith("04")]


def test_meeting_with_a_state_stays_a_meeting():
    events = _modal_events("Der polnische Präsident traf sich in Warschau mit dem ukrainischen Präsidenten.")
    assert [e for e in events if e[0].startswith("04") and e[2] == "POL"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "wieder" is the adverb: the plain verb öffnen codes the reopening
        ("Lettland öffnet den Grenzübergang nach Russland wieder.", ("081", "LVA", "RUS", "asserted")),
        # a verb whose lemma starts with "wieder" still claims it, also as an adverb before "her"
        ("Ungarn stellte die Beziehungen zu Serbien wieder her.", ("050", "HUN", "SRB", "asserted")),
    ],
)
def test_again_is_a_particle_only_of_again_verbs(text, expected):
    assert expected in _events(text)


def test_cooperating_is_material_cooperation():
    assert _events("Rumänien arbeitet beim Grenzschutz eng mit Moldau zusammen.") == [
        ("060", "ROU", "MDA", "asserted")
    ]


def test_cooperating_announced_stays_an_intent():
    events = _events("Estland kündigte an, beim Grenzschutz eng mit Finnland zusammenzuarbeiten.")
    assert [(code[:2], source, target, modality) for code, source, target, modality in events] == [
        ("03", "EST", "FIN", "asserted")
    ]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Schweden sicherte Litauen am Montag seine Solidarität zu.", "SWE", "LTU"),
        ("Kanada und Mexiko sicherten Panama ihre volle Solidarität zu.", "CAN", "PAN"),
        # "versichern" with the dative or the accusative of the one assured
        ("Die Slowakei hat Tschechien ihre Solidarität versichert.", "SVK", "CZE"),
        ("Finnland versicherte Estland seiner Solidarität.", "FIN", "EST"),
    ],
)
def test_solidarity_assured_is_pledged_support(text, source, target):
    events = _events(text)
    assert ("032", source, target, "asserted") in events
    assert not any(code.startswith("05") for code, *_ in events)


def test_sympathy_assured_is_expressed_not_pledged():
    events = _events("Norwegen sicherte Island nach dem Erdbeben seine Anteilnahme zu.")
    assert ("051", "NOR", "ISL", "asserted") in events
    assert not any(code.startswith("03") for code, *_ in events)


def test_support_assured_stays_a_pledge():
    events = _events("Kanada sicherte Lettland die Unterstützung des Bündnisses zu.")
    assert any(code.startswith("03") and source == "CAN" for code, source, _, _ in events)


def test_border_closure_restricts_movement():
    events = _events("Die Schließung der Grenze zu Belarus durch Polen verärgerte Minsk.")
    assert any(code == "191" and source == "POL" for code, source, _, _ in events)
    assert not any(code.startswith("16") for code, *_ in events)


def test_embassy_closure_reduces_relations():
    events = _events("Die Schließung der Botschaft durch Estland verärgerte Moskau.")
    assert any(code.startswith("16") and source == "EST" for code, source, _, _ in events)


@pytest.mark.parametrize(
    "text",
    [
        "Die chinesische Regierung kämpft seit Jahren gegen die Korruption.",
        "Die russische Regierung kämpft gegen die Inflation.",
        "Die griechische Regierung kämpft gegen die Waldbrände auf Rhodos.",
    ],
)
def test_fighting_an_ill_is_no_fighting(text):
    assert "19" not in roots(text)


def test_fighting_rebels_and_an_ill_is_still_fighting():
    assert "19" in roots("Die nigerianische Armee kämpft gegen Boko Haram und gegen die Korruption.")


def test_advancing_into_a_run_off_takes_no_ground():
    assert "19" not in roots("Le Pen drang in Frankreich in die Stichwahl vor.")


def test_troops_advancing_into_a_town_still_take_ground():
    assert "19" in roots("Die russische Armee rückte in Bachmut vor.")


@pytest.mark.parametrize(
    "text",
    [
        "Kanada, das seit Jahren Soldaten in Lettland stationiert hat, begrüßte die Einigung.",
        "Belgien hat rund 300 Soldaten in Rumänien stationiert.",
        "Spanien ist mit mehreren hundert Soldaten in der Slowakei stationiert.",
    ],
)
def test_forces_stationed_for_some_time_are_no_deployment(text):
    assert not roots(text) & {"07", "15"}


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Kanada hat weitere Soldaten in Lettland stationiert.", "CAN", "LVA"),
        ("Kanada will dauerhaft Soldaten in Lettland stationieren.", "CAN", "LVA"),
    ],
)
def test_forces_added_or_to_be_stationed_are_still_deployed(text, source, target):
    assert ("074", source, target) in coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "Der Bundestag hat die Beteiligung der Marine an der EU-Mission gebilligt.",
        "Die Innenminister der Mitgliedstaaten billigten in Brüssel zehn Gesetze.",
        "Das Parlament in Kathmandu billigte eine Verfassungsänderung.",
    ],
)
def test_a_measure_approved_at_home_is_no_accord(text):
    assert "01" not in roots(text)


def test_sanctions_approved_are_still_imposed():
    assert ("163", "IGOEUREEC", "IRN") in coded("Die EU billigte das Sanktionspaket gegen Teheran.")


@pytest.mark.parametrize(
    "text",
    [
        "Finnland, Schweden und Norwegen könnten Konsultationen nach Artikel 4 verlangen.",
        "Ob Rumänien wie zuvor Bulgarien Konsultationen nach Artikel 4 des Nordatlantikvertrags beantragt, blieb offen.",
    ],
)
def test_consultations_under_a_treaty_article_are_no_meeting_of_the_members(text):
    assert "04" not in roots(text)


def test_consultations_with_a_partner_are_still_a_meeting():
    assert ("040", "FIN", "SWE") in coded("Helsinki verlangte dringende Konsultationen mit Stockholm.")
