"""Word families written from the fresh bank tune9, through the whole pipeline (issue 7).

The rows live in lexicon_de/*.tsv under "Session 10": calling an act a hostage-taking or piracy, declaring a
partner's act void, cancelling cultural exchange, shrinking a mission, throttling imports, stopping the
transit of goods or the transfers to a fund, shutting a border, throwing diplomats out, escorting ships with
warships, ordering custody, holding ground occupied, standing ready for talks or mediation, keeping the
channels open, coordinating with a partner (a noun), canvassing for troops, swearing revenge, handing
intelligence over, giving the green light, a rebuke ("zurückpfeifen"), slamming the door on talks, putting
obstacles in a partner's way, putting pressure on it. Each negative keeps the same word in its everyday sense
from becoming the event; one pair checks that the reading "hinter" of "sich stellen" backs a decision while
"gegen" still rejects it (row_choice.choose_row).
"""

from functools import partial

import pytest

from tests.event_tuples import coded_events

events = partial(coded_events, date="2024-06-03")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 11/12: what a government calls an act of the other side
        ("Kolumbien sprach von einer Geiselnahme seiner Bürger durch Venezuela.", ("112", "COL", "VEN", "asserted")),
        ("Moskau nannte die Entscheidung der Ukraine nichtig.", ("120", "RUS", "UKR", "asserted")),
        ("Georgien erklärte die Wahlen in Abchasien für ungültig.", ("120", "GEO", None, "asserted")),
        ("Irans Revolutionsgarden schworen Rache an Israel.", ("130", "IRN", "ISR", "asserted")),
        ("Berlin pfiff Budapest zurück.", ("111", "DEU", "HUN", "asserted")),
        ("Moskau schlug die Tür für Verhandlungen mit Kiew zu.", ("125", "RUS", "UKR", "asserted")),
        ("Ungarn legt der Ukraine immer neue Steine in den Weg.", ("120", "HUN", "UKR", "asserted")),
        ("China machte Druck auf Litauen.", ("170", "CHN", "LTU", "asserted")),
    ],
)  # fmt: skip
def test_reproach_rejection_and_threat_families(text, expected):
    assert expected in events(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 16: relations, missions, trade and money cut back
        ("Vilnius sagte alle belarussischen Kulturveranstaltungen ab.", ("160", "LTU", "BLR", "asserted")),
        ("Bulgarien verkleinerte die russische Botschaft in Sofia.", ("161", "BGR", "RUS", "asserted")),
        ("China drosselte die Sojaimporte aus den USA.", ("163", "CHN", "USA", "asserted")),
        ("Minsk unterband den Transit litauischer Waren.", ("163", "BLR", "LTU", "asserted")),
        ("Oslo stoppte seine Überweisungen an Brasilien.", ("162", "NOR", "BRA", "asserted")),
        ("Die USA froren afghanische Zentralbankreserven ein.", ("163", "USA", "AFG", "asserted")),
        ("Litauen machte die Grenze zu Belarus dicht.", ("191", "LTU", "BLR", "asserted")),
        ("Venezuela warf die amerikanischen Diplomaten hinaus.", ("161", "VEN", "USA", "asserted")),
    ],
)  # fmt: skip
def test_reducing_relations_families(text, expected):
    assert expected in events(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die russische Marine eskortierte die Tanker durch die Ostsee.", ("150", "RUS", None, "asserted")),
        ("Russland lässt seine Frachter von Kriegsschiffen begleiten.", ("150", "RUS", None, "asserted")),
        ("Russland hält weite Teile der Ukraine besetzt.", ("192", "RUS", "UKR", "asserted")),
        ("Ein Gericht in Moskau ordnete Untersuchungshaft gegen den amerikanischen Reporter an.",
         ("173", "RUS", "USA", "asserted")),
    ],
)  # fmt: skip
def test_force_posture_coercion_and_occupation_families(text, expected):
    assert expected in events(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Athen steht für Gespräche mit Ankara bereit.", ("036", "GRC", "TUR", "asserted")),
        ("Katar steht als Vermittler zwischen Israel und der Hamas bereit.", ("039", "QAT", "ISR", "asserted")),
        ("Berlin will die Gesprächskanäle nach Moskau offenhalten.", ("036", "DEU", "RUS", "future")),
        ("Berlin kündigte eine enge Abstimmung mit Paris an.", ("040", "DEU", "FRA", "future")),
        ("Rumänien wirbt um amerikanische Soldaten.", ("0232", "ROU", "USA", "asserted")),
        ("Die USA übermittelten Israel Geheimdienstinformationen.", ("064", "USA", "ISR", "asserted")),
        ("Die Türkei gab grünes Licht für den Nato-Beitritt Schwedens.", ("080", "TUR", "SWE", "asserted")),
    ],
)  # fmt: skip
def test_cooperative_families(text, expected):
    assert expected in events(text)


def test_standing_behind_a_decision_backs_it_and_standing_against_it_rejects_it():
    behind = events("Deutschland stellte sich hinter den Beschluss der Europäischen Union.")
    against = events("Deutschland stellte sich gegen den Beschluss der Europäischen Union.")
    assert ("052", "DEU", "IGOEUREEC", "asserted") in behind
    assert not any(code.startswith("12") for code, *_ in behind)
    assert ("120", "DEU", "IGOEUREEC", "asserted") in against


@pytest.mark.parametrize(
    "text",
    [
        "Das Konzert wurde wegen Regens abgesagt.",
        "Die Stadt verkleinerte das Personal der Bibliothek.",
        "Die Kanzlerin wurde von ihrem Sprecher begleitet.",
        "Studenten hielten die Universität besetzt.",
        "Der Minister übermittelte dem Parlament den Bericht.",
        "Die Tür schlug im Wind zu.",
        "Der Minister legte den Grundstein für die Schule.",
    ],
)
def test_everyday_senses_are_no_event(text):
    assert events(text) == []
