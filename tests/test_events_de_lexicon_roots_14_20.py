"""Lexicon rows of CAMEO roots 14-20 through the whole pipeline (issue 7).

Each row serves a field of newsroom German rather than one phrasing: tightened police and border controls
(153), the national guard deployed to its own border (154, no opponent named), suspended deliveries and the
event nouns "Stopp / Aussetzung / Einstellung der Lieferungen" (16x), tariff hikes by any verb (163), and
suspending tariffs eases them (085) like suspending sanctions; the snapback mechanism (163), idioms of
starting a war ("entfesseln", "vom Zaun brechen") and of military intervention (190), taking parts of a
city (192); crowds storming an embassy, a parliament or a palace, or setting public buildings on fire,
protest violently (145), while troops storming positions stay a military assault (190); manned aircraft
intercepted and ships sailing into foreign waters show force (150), drones intercepted are fought (190);
controls of people brought in at a border restrict crossing it (191). The negative cases keep the same verbs from firing in their everyday senses.
"""

from functools import partial

import pytest

from tests.event_tuples import coded_events

events = partial(coded_events, date="2024-05-02")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Frankreich verstärkte die Polizeikontrollen an der Grenze zu Italien.",
         ("153", "FRA", "ITA", "asserted")),
        ("Mexiko verlegte Tausende Nationalgardisten an die Grenze.",
         ("154", "MEX", None, "asserted")),
        ("Russland setzte die Gaslieferungen an Moldau aus.",
         ("163", "RUS", "MDA", "asserted")),
        ("Die Slowakei drohte der Ukraine mit einem Stopp der Stromlieferungen.",
         ("163", "SVK", "UKR", "hypothetical")),
        ("China verdoppelte die Zölle auf amerikanische Waren.",
         ("163", "CHN", "USA", "asserted")),
        ("Peking legte Antidumpingzölle auf Weinbrand aus der EU fest.",
         ("163", "CHN", "IGOEUREEC", "asserted")),
        ("Die Regierung in Buenos Aires rief ihre Delegation von der UN-Konferenz zurück.",
         ("161", "ARG", "IGOUNO", "asserted")),
        ("Washington kündigte den Sicherheitspakt mit Canberra auf.",
         ("160", "USA", "AUS", "asserted")),
        ("Managua kündigte die Charta der OAS.",
         ("160", "NIC", "IGOOAS", "asserted")),
        ("Großbritannien, Frankreich und Deutschland lösten den Snapback-Mechanismus gegen Iran aus.",
         ("163", "FRA", "IRN", "asserted")),
        ("Russland entfesselte einen Krieg gegen die Ukraine.",
         ("190", "RUS", "UKR", "asserted")),
        ("Der Diktator Lukaschenko brach einen Krieg gegen Litauen vom Zaun.",
         ("190", "BLR", "LTU", "asserted")),
        ("Die Türkei griff militärisch in Syrien ein.",
         ("190", "TUR", "SYR", "asserted")),
        ("Russische Truppen nahmen weite Teile der ukrainischen Stadt Bachmut ein.",
         ("192", "RUS", "UKR", "asserted")),
        ("In Almaty steckten kasachische Demonstranten das Rathaus in Brand.",
         ("145", "KAZ", "KAZ", "asserted")),
        ("China ließ gegenüber Taiwan die Muskeln spielen.",
         ("150", "CHN", "TWN", "asserted")),
        ("Die Aussetzung der Gespräche mit Iran durch die EU wurde bekannt.",
         ("164", "IGOEUREEC", "IRN", "asserted")),
        ("Ukrainische Soldaten erstürmten den russischen Stützpunkt.",
         ("190", "UKR", "RUS", "asserted")),
        ("Venezuela und Guyana sagten zu, keine Gewalt gegeneinander anzuwenden.",
         ("190", "VEN", None, "negated")),
        ("Seit Dienstag kontrolliert Ungarn wieder an seiner Grenze zu Serbien.",
         ("191", "HUN", "SRB", "asserted")),
        ("Dänemark hat Kontrollen an den Übergängen zu Schweden eingeführt.",
         ("191", "DNK", "SWE", "asserted")),
    ],
)  # fmt: skip
def test_family_rows_code_the_act(text, expected):
    assert expected in events(text)


@pytest.mark.parametrize(
    ("text", "absent_root"),
    [
        # "verdoppeln" codes tariffs only, not any number a state doubles
        ("Russland verdoppelte die Zahl der Soldaten.", "16"),
        # "festlegen" codes tariffs set on another state's goods, not a levy at home
        ("Der Landtag legte die Abgaben auf Benzin fest.", "16"),
        # a delegation called back from a party congress leaves no state
        ("Der Verein rief seine Delegation vom Parteitag zurück.", "16"),
        # "nahm ein" with a medicine or a stance is no capture
        ("Die Regierung in Moskau nahm eine abwartende Haltung ein.", "19"),
        # "spielen" is a show of force only with the muscles as object
        ("Der Präsident spielte die Krise herunter.", "15"),
        # a border held is no border control, nor are checks of prices
        ("Die Rebellen kontrollieren die Grenze zu Ruanda.", "191"),
        ("Argentinien führte Preiskontrollen für Lebensmittel ein.", "19"),
    ],
)  # fmt: skip
def test_family_rows_keep_their_sense(text, absent_root):
    assert all(not code.startswith(absent_root) for code, *_ in events(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a crowd storms a building of a state: violent protest against its owner
        ("Serbische Demonstranten stürmten in Belgrad die amerikanische Botschaft.",
         ("145", "SRB", "USA", "asserted")),
        ("Tausende Anhänger der Opposition stürmten in Colombo das Parlament.",
         ("145", "LKA", "LKA", "asserted")),
        # suspending tariffs yields like suspending sanctions
        ("Washington setzte die Zölle gegen Mexiko für einen Monat aus.",
         ("085", "USA", "MEX", "asserted")),
        # manned aircraft intercepted are escorted off, a show of force; drones intercepted are fought
        ("Kampfjets der Nato fingen zwei russische Bomber über der Ostsee ab.",
         ("150", "IGOWSTNAT", "RUS", "asserted")),
        ("Die israelische Flugabwehr fing elf iranische Drohnen ab.",
         ("190", "ISR", "IRN", "asserted")),
        # ships sailing into another state's waters, as aircraft into its airspace
        ("Schiffe der chinesischen Küstenwache fuhren in japanische Gewässer ein.",
         ("150", "CHN", "JPN", "asserted")),
        ("Ein venezolanisches Patrouillenboot drang in guyanische Gewässer ein.",
         ("150", "VEN", "GUY", "asserted")),
    ],
)  # fmt: skip
def test_codes_the_banks_share(text, expected):
    assert expected in events(text)


def test_storming_military_positions_stays_an_assault():
    coded = events("Ukrainische Truppen stürmten die russischen Stellungen bei Robotyne.")
    assert ("190", "UKR", "RUS", "asserted") in coded
    assert not any(code.startswith("14") for code, *_ in coded)
