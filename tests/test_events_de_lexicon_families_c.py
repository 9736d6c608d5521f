"""Word families of CAMEO roots 15–20 and event nouns, through the whole pipeline (issue 7).

The rows come from lexicon_de/15_*.tsv … 20_*.tsv: the verbs, particle verbs and nouns a German newsroom
uses for mustering and moving forces, recalling envoys of every title, freezing participation, suspending a
member from a body's organs, leaving a body, withdrawing visas, jailing under verbs other than
"festnehmen", shutting media down, firing tear gas at a crowd, killing with blunt force, encircling and
taking places, slaughter. Each negative keeps the same word in its everyday sense from becoming an event.
"""

from functools import partial

import pytest

from tests.event_tuples import coded_events

events = partial(coded_events, date="2024-06-03")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 15: forces mustered, ordered, flown in, driven up; presence and patrols stepped up
        ("Peru bot die Armee gegen die Blockaden im Süden auf.", ("154", "PER", None, "asserted")),
        ("Kolumbien beorderte Soldaten an die Grenze zu Venezuela.", ("154", "COL", "VEN", "asserted")),
        ("Frankreich flog weitere Gendarmen nach Neukaledonien ein.", ("154", "FRA", "NCL", "asserted")),
        ("Russland ließ Panzer an der Grenze zu Litauen auffahren.", ("150", "RUS", "LTU", "asserted")),
        ("Die NATO baut ihre Militärpräsenz im Baltikum aus.", ("154", "IGOWSTNAT", None, "asserted")),
        ("Rom schickte zwei Fregatten vor die libysche Küste.", ("154", "ITA", None, "asserted")),
        ("China verstärkte die Patrouillen in der Taiwanstraße.", ("150", "CHN", None, "asserted")),
    ],
)  # fmt: skip
def test_force_posture_families(text, expected):
    assert expected in events(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 161: envoys under every title, called back or brought home
        ("Spanien berief seine Botschafterin aus Argentinien ab.", ("161", "ESP", "ARG", "asserted")),
        ("Mogadischu rief seine Gesandten aus Nairobi zurück.", ("161", "SOM", "KEN", "asserted")),
        ("Ecuador beorderte seine Botschafterin aus Mexiko zurück.", ("161", "ECU", "MEX", "asserted")),
        ("Mexiko holte sein Botschaftspersonal aus Ecuador zurück.", ("161", "MEX", "ECU", "asserted")),
        # 160: participation frozen, training suspended, membership suspended, a body left
        ("Frankreich setzte die Ausbildung der gabunischen Armee aus.", ("160", "FRA", "GAB", "asserted")),
        ("Die Afrikanische Union suspendierte die Mitgliedschaft Gabuns.", ("160", "IGOAFRAFU", "GAB", "asserted")),
        # a member state suspended from a body's organs, not an official from office (172)
        ("Die Afrikanische Union suspendierte Guinea von allen ihren Gremien.", ("160", "IGOAFRAFU", "GIN", "asserted")),
        ("Argentinien kehrte der Weltgesundheitsorganisation den Rücken.",
         ("160", "ARG", "IGOUNOHLHWHO", "asserted")),
        ("Die Aufkündigung des Abkommens durch Russland kam überraschend.", ("160", "RUS", None, "asserted")),
        # 163: the movement of goods stopped, an entry ban named by its noun
        ("Tadschikistan stellte den Warenverkehr mit Kirgistan ein.", ("163", "TJK", "KGZ", "asserted")),
        ("Russland verhängte eine Einreisesperre gegen britische Journalisten.", ("163", "RUS", "GBR", "asserted")),
    ],
)  # fmt: skip
def test_reduce_relations_families(text, expected):
    assert expected in events(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 172: a visa withdrawn, officials suspended
        ("Die USA entzogen dem kolumbianischen Präsidenten das Visum.", ("172", "USA", "COL", "asserted")),
        ("Die Regierung der Malediven suspendierte drei Vizeminister.", ("172", "MDV", "MDV", "asserted")),
        # 173: held in custody, put in prison, led away, handcuffed
        ("Russland hält den amerikanischen Reporter seit März in Haft.", ("173", "RUS", "USA", "asserted")),
        ("Das iranische Regime steckte Hunderte Kritiker ins Gefängnis.", ("173", "IRN", "IRN", "asserted")),
        ("Russische Polizisten führten den Oppositionsführer ab.", ("173", "RUS", "RUS", "asserted")),
        ("Belarus legte dem Oppositionellen Handschellen an.", ("173", "BLR", "BLR", "asserted")),
        # 174 / 1711 / 1721 / 175: migrants sent back, firms seized, media shut, tear gas at a crowd
        ("Spanien schickte Tausende Migranten nach Marokko zurück.", ("174", "ESP", "MAR", "asserted")),
        ("Der Kreml stellte die Tochterfirmen unter Zwangsverwaltung.", ("1711", "RUS", None, "asserted")),
        ("Die russischen Behörden schlossen den letzten unabhängigen Fernsehsender.",
         ("1721", "RUS", "RUS", "asserted")),
        ("Die iranischen Sicherheitskräfte feuerten Tränengas auf die Menge.", ("175", "IRN", "IRN", "asserted")),
    ],
)  # fmt: skip
def test_coerce_families(text, expected):
    assert expected in events(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 18: hostages held, beaten to death
        ("Die Hamas hält zwei Israelis als Geiseln.", ("181", "PSE", "ISR", "asserted")),
        ("Russische Soldaten erschlugen einen ukrainischen Bauern.", ("1823", "RUS", "UKR", "asserted")),
        # 19: encircled, mined, taken (also named by a noun), a campaign, a broken truce
        ("Russland umzingelte die ukrainische Stadt Awdijiwka.", ("191", "RUS", "UKR", "asserted")),
        ("Kambodscha legte neue Minen an der Grenze zu Thailand.", ("191", "KHM", "THA", "asserted")),
        ("Die russische Armee nahm die ukrainische Festung ein.", ("192", "RUS", "UKR", "asserted")),
        ("Russland verkündete die Einnahme von Bachmut.", ("192", "RUS", "UKR", "asserted")),
        ("Israel setzte seinen Feldzug gegen die Hamas fort.", ("190", "ISR", "PSE", "asserted")),
        ("Die Huthi verstießen gegen die Waffenruhe mit Saudi-Arabien.", ("196", "YEM", "SAU", "asserted")),
        # 20: slaughter
        ("Serbische Milizen schlachteten die Dorfbewohner ab.", ("202", "SRB", "SRB", "asserted")),
    ],
)  # fmt: skip
def test_violence_families(text, expected):
    assert expected in events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Mannschaft bot alle Kräfte auf.",  # aufbieten: effort, not forces
        "Der Lkw fuhr auf einen Pkw auf.",  # auffahren: a collision
        "Der Konzern baute seine Präsenz in China aus.",  # a company's presence
        "Die Regierung demonstrierte Stärke im Parlament.",  # political strength
        "Der Minister kehrte der Politik den Rücken.",  # turning one's back on a career
        "Er hielt die Haft für rechtswidrig.",  # an opinion about detention
        "Die Einnahmen des russischen Staates stiegen im letzten Jahr.",  # revenue, not a conquest
        "Die Regierung will die Korruption ausrotten.",  # rooting out corruption
    ],
)
def test_everyday_senses_are_no_events(text):
    assert events(text) == []


def test_missiles_sent_to_an_ally_stay_aid():
    """ "schicken" of missiles is a delivery; only forces and ships sent make a show of force."""
    assert ("072", "DEU", "UKR", "asserted") in events(
        "Deutschland schickte Marschflugkörper an die Ukraine."
    )
