"""Lexicon families that unseen news phrases with (issue 7, the tune bank's trigger gaps), through the
whole pipeline.

Each family is a newsroom way of saying a CAMEO act that the tables lacked: pejorative labels ("nannte …
einen Racheakt", "sprach von einem Erpressungsversuch"), reproaching ("hielt … vor"), removing officials,
a ceasefire that takes effect, sharing a situation picture, delisting and withdrawing complaints, stopping
flights, visas or imports, freezing funds, stopping relief work, shuttle diplomacy, missile tests fired
into the sea, refusing a ship entry, checkpoints, forcing a plane down, standing by an ally, fighting on.
The negatives use the same words outside politics (a club standing by a player, a clinic discharging a
patient, a canteen's pause, an airline's flights, a coach's "new chapter", a cook's fire) and must stay
silent.
"""

from functools import partial

import pytest

from tests.event_tuples import coded_events

events = partial(coded_events, date="2024-06-03")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 11: a pejorative label or a reproach is disapproval, not a plain statement
        ("Der russische Außenminister Sergej Lawrow nannte die Sanktionen der EU einen Racheakt.",
         ("111", "RUS", "IGOEUREEC", "asserted")),
        ("Bundeskanzler Olaf Scholz nannte die Hinrichtungen in Iran barbarisch.", ("111", "DEU", "IRN", "asserted")),
        ("Polens Regierungschef Donald Tusk sprach von einem Erpressungsversuch Moskaus.",
         ("112", "POL", "RUS", "asserted")),
        ("Litauen hielt Belarus die gezielte Schleusung von Migranten vor.", ("112", "LTU", "BLR", "asserted")),
        # 12: blocking a condemnation in the Security Council is a veto-like rejection
        ("Russland blockierte im Sicherheitsrat eine Verurteilung Nordkoreas.", ("129", "RUS", "PRK", "asserted")),
        # 01: "ein neues Kapitel" is optimism
        ("Japans Regierungschef Fumio Kishida sprach von einem neuen Kapitel in den Beziehungen zu Südkorea.",
         ("013", "JPN", "KOR", "asserted")),
    ],
)  # fmt: skip
def test_labels_reproaches_and_answers(text, expected):
    assert expected in events(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 04: shuttling between two capitals is mediation with both
        ("US-Außenminister Antony Blinken pendelte zwischen Israel und Ägypten.", ("045", "USA", "ISR", "asserted")),
        # 05: jumping to another state's side is verbal support
        ("Russland sprang Serbien im Streit um das Kosovo bei.", ("052", "RUS", "SRB", "asserted")),
        # 08: agreeing on a ceasefire declares it (0871, as "sich einigen auf")
        ("Armenien und Aserbaidschan verständigten sich auf eine Waffenruhe.", ("0871", "ARM", "AZE", "asserted")),
        # 06: sharing a situation picture or satellite images
        ("Polen teilt sein Lagebild mit Litauen.", ("064", "POL", "LTU", "asserted")),
        # 08: a ceasefire that takes effect, delisting, withdrawing a complaint
        ("Die Waffenruhe zwischen Israel und der Hamas soll am Freitag beginnen.", ("0871", "ISR", "PSE", "future")),
        ("Die USA strichen Kuba von der Terrorliste.", ("081", "USA", "CUB", "asserted")),
        ("Südkorea zog seine Beschwerde gegen Japan bei der Welthandelsorganisation zurück.",
         ("080", "KOR", "JPN", "asserted")),
        # 09: a trade investigation opened against another state's industry
        ("Die EU-Kommission eröffnete ein Antidumpingverfahren gegen chinesische Elektroautos.",
         ("090", "IGOEUREEC", "CHN", "asserted")),
    ],
)  # fmt: skip
def test_mediation_agreements_sharing_and_yielding(text, expected):
    assert expected in events(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 16: flights, imports and funds stopped; relief work ended
        ("Georgien stoppte alle Direktflüge nach Russland.", ("160", "GEO", "RUS", "asserted")),
        ("China setzte die Einfuhr von Meeresfrüchten aus Japan aus.", ("163", "CHN", "JPN", "asserted")),
        ("Die EU-Kommission fror die Kohäsionsmittel für Ungarn ein.", ("1621", "IGOEUREEC", "HUN", "asserted")),
        ("Das Welternährungsprogramm stellte seine Arbeit im Sudan ein.", ("1623", "IGOUNOWFP", "SDN", "asserted")),
        # 17: removing an official; policing a protest with tear gas
        ("Der russische Präsident Wladimir Putin entließ Verteidigungsminister Sergej Schoigu.",
         ("172", "RUS", "RUS", "asserted")),
        ("Die georgische Polizei antwortete mit Tränengas auf die Proteste.", ("175", "GEO", "GEO", "asserted")),
        # 18: forcing a passenger plane down is a hijacking
        ("Belarussische Kampfjets zwangen ein Passagierflugzeug zur Landung in Minsk.",
         ("181", "BLR", None, "asserted")),
        # 15 vs 19: a missile fired into the sea is a show of force, one fired at a city an attack
        ("Nordkorea feuerte am Montag zwei ballistische Raketen ins Japanische Meer.", ("150", "PRK", None, "asserted")),
        ("Russland feuerte in der Nacht Raketen auf Kiew.", ("195", "RUS", "UKR", "asserted")),
        # 19: refusing a ship entry, setting up checkpoints, shooting down drones
        ("Italien verweigerte dem Rettungsschiff die Einfahrt in den Hafen.", ("191", "ITA", None, "asserted")),
        ("Die israelische Armee errichtete neue Kontrollpunkte rund um Dschenin.", ("191", "ISR", None, "asserted")),
        ("Die ukrainische Armee holte drei russische Drohnen vom Himmel.", ("190", "UKR", "RUS", "asserted")),
        # 19: fighting on, announced
        ("Israels Armee werde gegen die Hamas weiterkämpfen, sagte Netanjahu.", ("190", "ISR", "PSE", "future")),
    ],
)  # fmt: skip
def test_reductions_coercion_and_force(text, expected):
    assert expected in events(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kolumbien verweigerte zwei Militärmaschinen aus den USA die Landung.", ("120", "COL", "USA", "asserted")),
        ("Litauen hat der Regierungsmaschine aus Ungarn den Überflug verweigert.", ("120", "LTU", "HUN", "asserted")),
    ],
)  # fmt: skip
def test_a_landing_or_overflight_denied_to_a_states_aircraft_is_a_refusal_no_blockade(text, expected):
    found = events(text)
    assert expected in found
    assert not any(code.startswith("19") for code, *_ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Der Verein sprang dem Spieler in der Not bei.",
        "Die Klinik entließ den Patienten nach drei Tagen.",
        "Die Feuerpause in der Kantine beginnt um zwölf Uhr.",
        "Lufthansa stoppte wegen des Sturms alle Direktflüge nach Mallorca.",
        "Der Koch setzte das Essen in Brand.",
        "Der Trainer nannte die Niederlage bitter und die Leistung beschämend.",
        "Nach dem Spiel sprach der Trainer von einem neuen Kapitel für den Verein.",
        "Die Schule stellte ihre Arbeit wegen der Ferien ein.",
    ],
)
def test_the_same_words_outside_politics_code_nothing(text):
    assert events(text) == []
