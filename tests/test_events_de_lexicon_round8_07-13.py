"""Lexicon families of CAMEO roots 07-13 written in the second lexicon round of the eighth session (issue 7),
through the whole pipeline.

Each row serves a field the newsroom phrases in several ways: aid handed out ("verteilt Reis an"), police
seconded abroad ("stellte Grenzschützer ab"), ceasefires agreed under other names ("Kampfpause",
"Einstellung der Kämpfe"), armies pulling back from a front, investment screening ("prüft den
Einstieg"), a formal protest raised ("erhob Protest"), obstruction by idiom ("stellte sich in den Weg",
"steht im Weg"), holding one's course ("hält an seinem Kurs fest"), blocking an accession, and threats by
prospect ("stellte Strafzölle in den Raum", "mit allen Mitteln verteidigen", "behält sich das Recht
vor"). The object constraints keep the same verbs in their other senses uncoded.
"""

from functools import partial

import pytest

from tests.event_tuples import coded_events

events = partial(coded_events, date="2024-05-02")


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
        # ceasefires under other names
        ("Armenien und Aserbaidschan verständigten sich auf eine Kampfpause.", ("0871", "AZE")),
        ("Russland und die Ukraine einigten sich auf eine Einstellung der Kämpfe.", ("0871", "UKR")),
        ("Eine Kampfpause zwischen Israel und der Hisbollah wurde verkündet.", ("0871", "LBN")),
        # investment screening
        ("Berlin prüfte den Einstieg des chinesischen Konzerns Cosco.", ("090", "CHN")),
        # a protest raised with the other side's embassy
        ("Peking erhob Protest bei der japanischen Botschaft.", ("114", "JPN")),
        # obstruction by idiom, an agreement annulled, an accession blocked
        ("Ungarn stellte sich den Sanktionen gegen Russland in den Weg.", ("120", "RUS")),
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
