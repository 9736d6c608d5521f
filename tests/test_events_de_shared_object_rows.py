"""Verbs of one meaning share their object lists (session 42). The suspending verbs: what "einstellen" halts,
"aussetzen" suspends (mediation 165, an aid programme abroad 1623, a mission or deployment 166); training
programmes and missions are training (160); trade is stopped as it is halted (163). Yielding: the remains of the
dead handed over are released like prisoners (0841), amendments and clauses withdrawn are a law withdrawn (0832), a
notice of termination withdrawn gives in (080), a block lifted is a ban lifted (081). Aid or payments taken up again
are aid given (070), as their stop is aid cut (162). Surveillance and defences stepped up are a military build-up like
air defence (154). Cooperation and contacts restricted or scaled back are cut (160 einschränken, zurückfahren), arms
deliveries restricted withheld (1622); a nuntius, military advisers and intelligence officers are envoys expelled (161).
What aufheben lifts can be taken back (zurücknehmen: restrictions and measures 081, surcharges and export controls 085).
The chapters and clusters of accession talks opened are the talks opened (046). What a side ties to a condition (aid,
consent, recognition, relief) is demanded as the condition is (100 knüpfen). Arms bought abroad are named by their kind
too (061 kaufen: cruise missiles, aircraft, submarines, warships, systems). Crossings, border stations and checkpoints
closed are a border closed (191 schließen), as they are when sealed. What is shot down is any aircraft (190 abschießen:
a "Maschine", a jet, a balloon, a flying object). What aufheben lifts can also be suspended (aussetzen: countermeasures
and levies 085, bans and restrictions 081, a notice of termination or a complaint 080). An agreement ended is cancelled
(160 beenden) and aid ended is cut (162), but talks ended may be concluded. Radar installations, armoured vehicles and
protective gear delivered are arms (072 liefern). The sentences are our own."""

from functools import partial

import pytest

from tests.event_tuples import coded_events

events = partial(coded_events, date="2024-05-01")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ägypten setzte seine Vermittlung zwischen Äthiopien und dem Sudan vorerst aus.", ("165", "EGY", "ETH", "asserted")),
        ("Norwegen setzte seine Vermittlungsbemühungen in Kolumbien aus.", ("165", "NOR", None, "asserted")),
        ("Japan setzte sein Hilfsprogramm in Myanmar aus.", ("1623", "JPN", "MMR", "asserted")),
        ("Ruanda setzt die Entsendung seiner Soldaten nach Mosambik aus.", ("166", "RWA", "MOZ", "asserted")),
        ("Die Europäische Union stellte ihre Beobachtermission in Georgien ein.", ("166", "IGOEUREEC", "GEO", "asserted")),
        ("Kanada setzte seine Trainingsmission in der Ukraine aus.", ("160", "CAN", "UKR", "asserted")),
        ("Kirgistan stoppte den Handel mit Tadschikistan.", ("163", "KGZ", "TJK", "asserted")),
    ],
)  # fmt: skip
def test_suspending_verbs_share_their_objects(text, expected):
    assert expected in events(text)


@pytest.mark.parametrize(
    "text",
    [
        # a parliament's or a company's work suspended is no act against a state
        "Der Präsident setzte die Arbeit des Parlaments für zwei Monate aus.",
        "Der Konzern setzte die Arbeiten an seiner Raffinerie in Nigeria aus.",
    ],
)
def test_work_suspended_at_home_is_no_reduced_relation(text):
    assert not [e for e in events(text) if e[0].startswith("16")]


def test_military_operations_halted_are_no_mission_ended():
    coded = events("Die Vereinten Nationen forderten Israel auf, seine Militäreinsätze in Gaza einzustellen.")
    assert not [e for e in coded if e[0] == "166"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Aserbaidschan übergab Armenien die Leichen von zwölf Soldaten.", ("0841", "AZE", "ARM", "asserted")),
        ("Die Regierung in Taschkent zog die umstrittenen Verfassungsänderungen zurück.", ("0832", "UZB", None, "asserted")),
        ("Großbritannien zog die strittigen Klauseln zurück.", ("0832", "GBR", None, "asserted")),
        ("Manila zog die Kündigung des Truppenabkommens mit Washington zurück.", ("080", "PHL", "USA", "asserted")),
        ("Die Türkei hob die Sperrung des Kurznachrichtendienstes auf.", ("081", "TUR", None, "asserted")),
    ],
)  # fmt: skip
def test_yielding_verbs_take_the_kin_of_their_objects(text, expected):
    assert expected in events(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Weltbank nahm die Finanzhilfe für Mali wieder auf.", ("070", "IGOUNODEVWBK", "MLI", "asserted")),
        ("Schweden hat die Hilfszahlungen an Somalia wiederaufgenommen.", ("070", "SWE", "SOM", "asserted")),
    ],
)  # fmt: skip
def test_aid_taken_up_again_is_aid(text, expected):
    assert expected in events(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan kündigte an, die Luftraumüberwachung über den Inseln zu verstärken.", ("154", "JPN", None, "future")),
        ("Schweden will die Abwehr gegen Drohnen an der Grenze verstärken.", ("154", "SWE", None, "future")),
    ],
)  # fmt: skip
def test_surveillance_stepped_up_is_a_build_up(text, expected):
    assert expected in events(text)


def test_a_company_watching_its_suppliers_shows_no_force():
    assert not [
        e
        for e in events("Der Konzern verstärkt die Überwachung seiner Lieferketten.")
        if e[0].startswith("15")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana schränkte die Zusammenarbeit mit Togo ein.", ("160", "GHA", "TGO", "asserted")),
        ("Kanada fuhr die Kontakte zu Indien zurück.", ("160", "CAN", "IND", "asserted")),
        ("Die Niederlande schränkten die Waffenlieferungen an Israel ein.", ("1622", "NLD", "ISR", "asserted")),
        ("Indien wies die pakistanischen Militärberater aus.", ("161", "IND", "PAK", "asserted")),
        ("Estland wies drei russische Geheimdienstler aus.", ("161", "EST", "RUS", "asserted")),
    ],
)  # fmt: skip
def test_relations_restricted_and_envoys_expelled(text, expected):
    assert expected in events(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kanada nahm den Aufschlag auf Stahl aus den USA zurück.", ("085", "CAN", "USA", "asserted")),
        ("Seoul nahm die Exportkontrollen gegen Japan zurück.", ("085", "KOR", "JPN", "asserted")),
        ("Paris nahm die Beschränkungen für algerische Diplomaten zurück.", ("081", "FRA", "DZA", "asserted")),
        ("Peking solle seine Maßnahmen gegen Litauen zurücknehmen, forderte Brüssel.", ("081", "CHN", "LTU", "hypothetical")),
    ],
)  # fmt: skip
def test_what_is_lifted_can_be_taken_back(text, expected):
    assert expected in events(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die EU eröffnete mit Serbien ein weiteres Verhandlungsbündel.", ("046", "IGOEUREEC", "SRB", "asserted")),
        ("Brüssel eröffnete die ersten Beitrittskapitel mit der Ukraine.", ("046", "IGOEUREEC", "UKR", "asserted")),
    ],
)  # fmt: skip
def test_chapters_of_accession_talks_opened_are_talks(text, expected):
    assert expected in events(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Berlin knüpft die Hilfen für Tunesien an Fortschritte bei den Reformen.", ("100", "DEU", None, "asserted")),
        ("Ankara knüpfte seine Zustimmung an Zugeständnisse Schwedens.", ("100", "TUR", None, "asserted")),
        ("Die USA knüpfen eine Lockerung der Sanktionen gegen Venezuela an freie Wahlen.", ("100", "USA", None, "asserted")),
    ],
)  # fmt: skip
def test_goods_tied_to_a_condition_are_a_demand(text, expected):
    assert expected in events(text)


def test_contacts_made_are_no_demand():
    assert not [
        e for e in events("Die Regierungen Perus und Chiles knüpften enge Kontakte.") if e[0].startswith("10")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Polen kauft in den USA mehrere Fregatten.", ("061", "POL", "USA", "asserted")),
        ("Indien will 26 Kampfflugzeuge aus Frankreich kaufen.", ("061", "IND", "FRA", "future")),
        ("Die Schweiz kaufte Marschflugkörper von den USA.", ("061", "CHE", "USA", "asserted")),
    ],
)  # fmt: skip
def test_arms_bought_abroad_by_their_kind(text, expected):
    assert expected in events(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norwegen schloss alle Übergänge zu Russland.", ("191", "NOR", "RUS", "asserted")),
        ("Lettland hat die Grenzstationen zu Belarus geschlossen.", ("191", "LVA", "BLR", "asserted")),
    ],
)  # fmt: skip
def test_crossings_closed_are_a_border_closed(text, expected):
    assert expected in events(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die türkische Luftabwehr schoss eine syrische Maschine ab.", ("190", "TUR", "SYR", "asserted")),
        ("Die USA schossen einen chinesischen Ballon über dem Atlantik ab.", ("190", "USA", "CHN", "asserted")),
    ],
)  # fmt: skip
def test_any_aircraft_shot_down(text, expected):
    assert expected in events(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peking setzte die Gegenmaßnahmen gegen Washington für drei Monate aus.", ("085", "CHN", "USA", "asserted")),
        ("Manila setzte die Kündigung des Abkommens mit Washington aus.", ("080", "PHL", "USA", "asserted")),
        ("Australien setzte seine Beschwerde gegen China aus.", ("080", "AUS", "CHN", "asserted")),
        ("Ungarn setzte die Beschränkungen für ukrainisches Getreide aus.", ("081", "HUN", "UKR", "asserted")),
    ],
)  # fmt: skip
def test_what_is_lifted_can_be_suspended(text, expected):
    assert expected in events(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ankara beendete das Pipelineabkommen mit Bagdad.", ("160", "TUR", "IRQ", "asserted")),
        ("Die Niederlande beendeten die Entwicklungshilfe für Burundi.", ("162", "NLD", "BDI", "asserted")),
    ],
)  # fmt: skip
def test_agreements_and_aid_ended(text, expected):
    assert expected in events(text)


def test_talks_concluded_are_not_broken_off():
    coded = events("Montenegro will die Beitrittsverhandlungen mit der EU bis 2026 beenden.")
    assert not [e for e in coded if e[0].startswith("16")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Schweden lieferte Estland zwei Radaranlagen.", ("072", "SWE", "EST", "asserted")),
        ("Polen liefert Panzerfahrzeuge an Moldau.", ("072", "POL", "MDA", "asserted")),
    ],
)  # fmt: skip
def test_military_equipment_delivered_is_arms(text, expected):
    assert expected in events(text)
