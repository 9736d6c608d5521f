"""Cooperative and diplomatic families through the whole pipeline (`lagebild.analyze`), issue 7.

Statements of attitude (01), consultation (04), diplomatic cooperation (05), aid (07) and yielding (08),
each family with several members and with the look-alikes that must stay apart: gas delivered is trade,
greeting guests is no praise, speaking out against an accession is no endorsement. The sentences are
our own and use actors the actor stage resolves (country names, "die Bundesregierung").
"""

from functools import partial

import pytest

from tests.event_tuples import coded_codes, coded_events

DATE = "2024-04-15"
events = partial(coded_events, date=DATE)
codes = partial(coded_codes, date=DATE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Bundesregierung zeigte sich besorgt über die Lage in Georgien.", ("012", "DEU", None, "asserted")),
        # "beunruhigt" tagged as a verb and attached as amod to "zeigte"
        ("Polen zeigte sich beunruhigt über die Truppenbewegungen.", ("012", "POL", None, "asserted")),
        # disappointment is disapproval (110, tests/test_events_de_judging_verbs.py), no pessimistic comment
        ("Die Ukraine zeigte sich ernüchtert von der Entscheidung.", ("012", "UKR", None, "asserted")),
        ("Die Bundesregierung äußerte sich besorgt über die Kämpfe.", ("012", "DEU", None, "asserted")),
        ("Die Türkei zeigte sich optimistisch.", ("013", "TUR", None, "asserted")),
        ("Japan äußerte sich zuversichtlich über eine Einigung.", ("013", "JPN", None, "asserted")),
    ],
)  # fmt: skip
def test_attitude_shown_by_a_predicative_adjective_is_a_pessimistic_or_optimistic_comment(text, expected):
    assert expected in events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Bundesregierung zeigte sich erfreut über die Zusage Polens.",
        "Die Bundesregierung zeigte sich zufrieden mit der Zusage Polens.",
    ],
)
def test_pleased_about_an_actors_act_is_praise_of_that_actor(text):
    assert ("051", "DEU", "POL", "asserted") in events(text)


def test_showing_oneself_somewhere_is_no_statement():
    assert not events("Die Bundesregierung zeigte sich am Abend in Brüssel.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Am Gipfel in Brüssel nahmen Frankreich und Deutschland teil.", ("040", "FRA", "DEU", "asserted")),
        ("Armenien und Aserbaidschan nahmen an den Friedensgesprächen teil.", ("046", "ARM", "AZE", "asserted")),
        ("Die Türkei nahm nicht am Gipfel teil.", ("040", "TUR", None, "negated")),
    ],
)  # fmt: skip
def test_taking_part_in_a_summit_or_negotiation_is_consultation(text, expected):
    assert expected in events(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Bundesregierung sprach sich für einen Beitritt der Ukraine aus.", ("051", "DEU", "UKR", "asserted")),
        ("Litauen unterstützte die Position Polens.", ("051", "LTU", "POL", "asserted")),
        ("Frankreich unterstützte die Forderung Italiens.", ("051", "FRA", "ITA", "asserted")),
    ],
)  # fmt: skip
def test_endorsing_an_actors_position_or_accession_is_praise_or_endorsement(text, expected):
    assert expected in events(text)


def test_speaking_out_against_an_accession_is_no_endorsement():
    assert "051" not in codes("Ungarn sprach sich gegen einen Beitritt der Ukraine aus.")


def test_an_appeal_for_an_investigation_stays_an_appeal():
    assert "051" not in codes("Frankreich sprach sich für eine unabhängige Untersuchung aus.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Niederlande übergaben der Ukraine Kampfjets.", ("072", "NLD", "UKR", "asserted")),
        ("Deutschland unterstützte die Ukraine mit Munition.", ("072", "DEU", "UKR", "asserted")),
        ("Schweden stellte der Ukraine weitere Mittel zur Verfügung.", ("070", "SWE", "UKR", "asserted")),
        ("Japan spendete der Türkei fünf Millionen Dollar.", ("070", "JPN", "TUR", "asserted")),
        ("Die EU sagte der Ukraine weitere Milliarden zu.", ("0331", "IGOEUREEC", "UKR", "asserted")),
    ],
)  # fmt: skip
def test_aid_handed_over_donated_or_pledged(text, expected):
    assert expected in events(text)


def test_weapons_worth_billions_stay_a_pledge_of_military_aid():
    coded = codes("Die USA sagten der Ukraine Waffen im Wert von zwei Milliarden Dollar zu.")
    assert "0332" in coded and "0331" not in coded


@pytest.mark.parametrize(
    "text",
    [
        "Die Polizei übergab die Waffen der Staatsanwaltschaft.",  # no political actor receives them
        "Der Verein spendete dem Tierheim Futter.",
        "Der Minister stellte sein Amt zur Verfügung.",  # no one to receive
    ],
)
def test_handing_over_or_donating_without_political_actors_is_no_aid(text):
    assert not {code for code in codes(text) if code.startswith("07")}


def test_delivering_gas_is_trade_not_aid():
    coded = codes("Russland lieferte Gas an Deutschland.")
    assert "061" in coded and not {code for code in coded if code.startswith("07")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russland erlaubte der Türkei Zugang zu dem Hafen.", ("086", "RUS", "TUR", "asserted")),
        ("Die Armee Israels ermöglichte Ägypten Zugang zu dem Grenzübergang.", ("086", "ISR", "EGY", "asserted")),
        ("Die Hamas übergab Israel vier Geiseln.", ("0841", "PSE", "ISR", "asserted")),
    ],
)  # fmt: skip
def test_allowing_access_and_handing_over_prisoners_is_yielding(text, expected):
    assert expected in events(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Polen sieht die Entwicklung in Belarus mit Sorge.", ("012", "POL", None, "asserted")),
        ("Die Ukraine rechnet mit einer neuen Offensive.", ("012", "UKR", None, "asserted")),
        ("Die Türkei rechnet mit einer baldigen Einigung.", ("013", "TUR", None, "asserted")),
        ("Frankreich gab sich zuversichtlich.", ("013", "FRA", None, "asserted")),
        ("Die EU gab sich skeptisch.", ("012", "IGOEUREEC", None, "asserted")),
    ],
)  # fmt: skip
def test_attitude_by_a_phrase_is_a_pessimistic_or_optimistic_comment(text, expected):
    assert expected in events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Bundesbank rechnet mit einem Anstieg der Preise.",  # an economic forecast, no attitude to conflict
        "Der Trainer gab sich zuversichtlich.",  # no political actor
    ],
)
def test_forecasts_and_non_political_speakers_make_no_statement_event(text):
    assert not events(text)


def test_strengthening_an_actors_back_is_backing_it():
    assert ("052", "CHN", "RUS", "asserted") in events("China stärkte Russland den Rücken.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Deutschland sicherte der Ukraine weitere Luftabwehrsysteme zu.", ("0332", "DEU", "UKR", "asserted")),
        ("Deutschland stockte die Militärhilfe für die Ukraine auf.", ("072", "DEU", "UKR", "asserted")),
        ("Die EU stockte die Hilfe für die Ukraine auf.", ("070", "IGOEUREEC", "UKR", "asserted")),
        ("Der IWF zahlte der Ukraine eine weitere Tranche aus.", ("071", "IGOBUSIMF", "UKR", "asserted")),
        # "bereit" parsed as a predicate of "stellte", the object hanging off it
        ("Die EU stellte der Ukraine einen Kredit bereit.", ("071", "IGOEUREEC", "UKR", "asserted")),
        ("Großbritannien stellte der Ukraine Marschflugkörper bereit.", ("072", "GBR", "UKR", "asserted")),
        ("Die Türkei schickte Hilfsgüter nach Syrien.", ("073", "TUR", "SYR", "asserted")),
        ("Deutschland nahm Hunderttausende Ukrainer auf.", ("075", "DEU", "UKR", "asserted")),
    ],
)  # fmt: skip
def test_aid_topped_up_paid_out_or_received(text, expected):
    assert expected in events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Polizei nahm die Personalien der Syrer auf.",
        "Der Verein stockte den Kader auf.",
        "Die Bank zahlte den Kunden die Zinsen aus.",
    ],
)
def test_look_alikes_of_aid_without_political_actors_are_no_events(text):
    assert not events(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die USA setzten die Sanktionen gegen Venezuela aus.", ("085", "USA", "VEN", "asserted")),
        ("Ungarn gab seinen Widerstand gegen den Beitritt Schwedens auf.", ("080", "HUN", "SWE", "asserted")),
        ("Die Türkei gab ihre Blockade nicht auf.", ("080", "TUR", None, "negated")),
        ("Israel und die Hamas einigten sich auf eine Feuerpause.", ("0871", "ISR", "PSE", "asserted")),
    ],
)  # fmt: skip
def test_sanctions_suspended_resistance_given_up_and_ceasefires_agreed_are_yielding(text, expected):
    assert expected in events(text)


def test_imposing_sanctions_is_not_suspending_them():
    assert "085" not in codes("Russland verhängte Sanktionen gegen Venezuela.")


# the military code each sentence's generic cooperation becomes
MILITARY_FOR_GENERIC = {
    "Russland und Belarus vertieften ihre militärische Zusammenarbeit.": ("062", "050"),
    "Polen und Litauen arbeiten militärisch eng zusammen.": ("062", "060"),
    # wanted, it is the intent to cooperate militarily
    "Paris will die militärische Zusammenarbeit mit Dakar ausbauen.": ("0312", "032"),
}


@pytest.mark.parametrize("text", MILITARY_FOR_GENERIC)
def test_cooperation_said_to_be_military_is_military_cooperation(text):
    military, generic = MILITARY_FOR_GENERIC[text]
    assert (military in codes(text), generic in codes(text)) == (True, False)


@pytest.mark.parametrize(
    "text",
    [
        "Russland und Belarus vertieften ihre Zusammenarbeit.",
        # another qualifier of the cooperation noun
        "Russland und Belarus vertieften ihre wirtschaftliche Zusammenarbeit.",
    ],
)
def test_cooperation_not_said_to_be_military_stays_generic(text):
    assert ("050" in codes(text), "062" in codes(text)) == (True, False)
