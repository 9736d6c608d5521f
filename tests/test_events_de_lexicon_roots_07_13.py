"""Lexicon rows of CAMEO roots 07-13 through the whole pipeline (issue 7).

Each row serves a field the newsroom phrases in several ways: aid handed out ("verteilt Reis an"), police
seconded abroad ("stellte Grenzschützer ab"), ceasefires agreed under other names ("Kampfpause",
"Einstellung der Kämpfe"), armies pulling back from a front (087; a state leaving an agreement still
reduces relations), investigations opened (with the preterite "leitete … ein" the small parser tags as
an adjective, so verb rows of "einleiten" read the noun as the object) and investment screening ("prüft den Einstieg"), training a state's units (062: units, troops
and police as well as soldiers), a formal protest raised ("erhob Protest"), obstruction by idiom
("stellte sich in den Weg", "steht im Weg"), holding one's course ("hält an seinem Kurs fest"), blocking
an accession, and threats by prospect ("stellte Strafzölle in den Raum", "mit allen Mitteln
verteidigen", "behält sich das Recht vor").

Excluding a state or its firms from something ("schloss Kosovo von einem Manöver aus") reduces relations
(16x); ruling out an act of one's own ("schloss eine Lieferung aus") stays a refusal (12x). "sprach von
einem Staatsstreich / einer Abrechnung" accuses (11x); speaking with someone about such a thing stays a
consultation. The object constraints keep the same verbs in their other senses uncoded.
"""

from functools import partial

import pytest

from tests.event_tuples import coded_events, coded_roots, country_events

DATE = "2024-05-02"
events = partial(coded_events, date=DATE)
roots = partial(coded_roots, date=DATE)
_state_events = partial(country_events, date="2024-03-01")


def dyads(text: str) -> set[tuple]:
    return {(code, source, target) for code, source, target, _ in events(text)}


def roots_by_source(text: str) -> set[tuple]:
    return {(code[:2], source) for code, source, *_ in events(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # aid: handed out, seconded, weapons left to someone
        ("Das Welternährungsprogramm verteilt Reis an die Flutopfer in Sri Lanka.", ("073", "LKA")),
        ("Tschechien stellte zwanzig Grenzschützer nach Ungarn ab.", ("070", "HUN")),
        ("Die Slowakei überließ der Ukraine weitere Flugabwehrsysteme.", ("072", "UKR")),
        # weapons sent or delivered "nach"/"in" a country, troops whose dispatch into a country is named
        ("Kairo hat Waffen und Munition nach Somalia geschickt.", ("072", "SOM")),
        ("Berlin liefert die Munition künftig direkt nach Kiew.", ("072", "UKR")),
        ("Ruanda begann mit der Entsendung von Soldaten nach Mosambik.", ("074", "MOZ")),
        # aid released to a state: weapons (072) or budget support (071)
        ("Washington gab weitere Militärhilfe für Taiwan frei.", ("072", "TWN")),
        ("Brüssel gab die Budgethilfe für Äthiopien wieder frei.", ("071", "ETH")),
        # ceasefires under other names
        ("Armenien und Aserbaidschan verständigten sich auf eine Kampfpause.", ("0871", "AZE")),
        ("Russland und die Ukraine einigten sich auf eine Einstellung der Kämpfe.", ("0871", "UKR")),
        ("Eine Kampfpause zwischen Israel und der Hisbollah wurde verkündet.", ("0871", "LBN")),
        # investment screening
        ("Berlin prüfte den Einstieg des chinesischen Konzerns Cosco.", ("090", "CHN")),
        # a protest raised with the other side's embassy
        ("Peking erhob Protest bei der japanischen Botschaft.", ("114", "JPN")),
        # obstruction by idiom, an agreement annulled, an accession blocked
        # the sanctions' victim is not the one obstructed (events/targets_judged_patients.py)
        ("Ungarn stellte sich den Sanktionen gegen Russland in den Weg.", ("120", None)),
        ("Ungarn steht einer Einigung der EU mit der Ukraine im Weg.", ("120", "IGOEUREEC")),
        ("Somalia annullierte das Abkommen mit Äthiopien.", ("120", "ETH")),
        ("Griechenland blockierte den Beitrittsprozess Nordmazedoniens.", ("129", "MKD")),
    ],
)  # fmt: skip
def test_family_rows_code_the_act_and_its_target(text, expected):
    code, target = expected
    assert any(c == code and t == target for c, _, t in dyads(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # holding one's course refuses to yield
        ("Argentiniens Präsident Milei hält an seinem Kurs fest.", ("12", "ARG")),
        ("Die Türkei beharrt auf ihrer Position gegenüber Schweden.", ("12", "TUR")),
        # armies pulling back from a front yield
        ("Indische und chinesische Truppen zogen sich von der Kontaktlinie zurück.", ("08", "CHN")),
        # threats by prospect
        ("Ägypten werde seine Interessen gegenüber Äthiopien mit allen Mitteln verteidigen.", ("13", "EGY")),
        ("Teheran behält sich das Recht vor, auf Israel zu reagieren.", ("13", "IRN")),
        ("Kanada stellte Strafzölle gegen die USA in den Raum.", ("13", "CAN")),
    ],
)  # fmt: skip
def test_family_rows_code_the_root_of_the_source(text, expected):
    assert expected in roots_by_source(text)


def test_a_border_opening_is_a_concession_of_the_one_who_opens():
    assert ("081", "AFG") in {
        (c, s) for c, s, _ in dyads("Afghanistan kündigte die Öffnung der Grenzübergänge an.")
    }


@pytest.mark.parametrize(
    "text",
    [
        # the same verbs in their other senses
        "Die Polizei schickte die Demonstranten nach Hause.",
        "Die Polizei blockierte die Straße zum Parlament.",
        "Die Kinder verteilten Flugblätter an die Passanten.",
        "Der Sprecher stellte eine Frage an die Regierung in Moskau.",
        "Die Opposition hält an der Forderung nach Neuwahlen fest.",
    ],
)
def test_other_senses_code_none_of_these_roots(text):
    assert not {c[:2] for c, *_ in events(text)} & {"07", "08", "09", "12", "13"}


def test_holding_on_to_an_agreement_stays_a_pledge():
    assert ("030", "UKR", "POL") in dyads("Die Regierung in Kiew hält am Abkommen mit Polen fest.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # investigations opened by a state's prosecutors, with the preterite the tagger misreads
        ("Die lettische Staatsanwaltschaft leitete Ermittlungen gegen russische Offiziere ein.",
         ("090", "LVA", "RUS", "asserted")),
        # the perfect: the target is the state of the people the investigation is "gegen"
        ("Die polnische Justiz hat eine Untersuchung gegen belarussische Grenzbeamte eingeleitet.",
         ("090", "POL", "BLR", "asserted")),
        # training units of another state
        ("Frankreich bildet seit Monaten nigrische Einheiten aus.",
         ("062", "FRA", "NER", "asserted")),
        ("Die Türkei bildet somalische Polizisten aus.", ("062", "TUR", "SOM", "asserted")),
    ],
)  # fmt: skip
def test_codes_investigations_and_the_training_of_foreign_units(text, expected):
    assert expected in events(text)


def test_opening_an_investigation_needs_its_noun():
    # "einleiten" with another object (a military offensive) is no investigation
    coded = events("Die Ukraine leitete eine Gegenoffensive gegen die russischen Truppen ein.")
    assert not any(code.startswith("09") for code, *_ in coded)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # excluded from an exercise or from contracts, markets, networks
        ("Die Regierung in Rom schloss Ungarn von der gemeinsamen Militärübung aus.",
         ("160", "ITA", "HUN", "asserted")),
        ("Paris will chinesische Konzerne von öffentlichen Ausschreibungen ausschließen.",
         ("163", "FRA", "CHN", "future")),
        # accusations by the noun "sprach von" names
        ("Der georgische Regierungschef sprach von einer Abrechnung Moskaus mit Tiflis.",
         ("112", "GEO", "RUS", "asserted")),
    ],
)  # fmt: skip
def test_codes_the_banks_share(text, expected):
    assert expected in events(text)


def test_a_coup_named_by_the_speaker_is_an_accusation():
    coded = events("Die Regierung in Caracas sprach von einem Putschversuch der Opposition.")
    assert ("112", "VEN") in {(code, source) for code, source, *_ in coded}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ruling out an act of one's own is a refusal, not an exclusion
        ("Kanzler Scholz schloss eine Lieferung von Kampfjets an die Ukraine aus.", {"12"}),
        # talks ruled out are also coded, negated, beside the refusal (test_events_de_talks_ruled_out.py)
        ("Die Ukraine schloss Verhandlungen mit Moskau aus.", {"12", "04"}),
        # talking with someone about a coup consults, it accuses no one
        ("Baerbock sprach mit Kuleba über den Putschversuch in Niger.", {"04"}),
    ],
)
def test_other_senses_keep_their_codes(text, expected):
    assert roots(text) == expected


@pytest.mark.parametrize(
    "text, state",
    [
        ("Die ukrainische Armee zog sich aus der Stadt Awdijiwka zurück.", "UKR"),
        ("Die russische Armee zieht sich aus dem Brückenkopf am Dnipro zurück.", "RUS"),
    ],
)
def test_an_army_pulling_back_is_a_military_withdrawal(text, state):
    codes = [(code, source) for code, source, _, _ in _state_events(text)]
    assert any(code.startswith("087") and source == state for code, source in codes)
    assert not any(code.startswith("16") for code, _ in codes)


def test_a_state_leaving_an_agreement_still_reduces_relations():
    codes = [code for code, *_ in _state_events("Die USA zogen sich aus dem Atomabkommen zurück.")]
    assert any(code.startswith("16") for code in codes)
    assert not any(code.startswith("08") for code in codes)
