"""Parties of many states, their politicians named by party prefix, UN bodies and people of the news
(`kb/curated_news.py`, party prefixes in `actor_lexicon.ROLE_PREFIXES_DE`): the actor stage resolves
them to their state, and the event coder codes the dyad."""

import pytest

import lagebild
from lagebild.kb import curated_news
from lagebild.kb.store import load_kb
from tests.entity_mentions import mention_actors


def _dyads(text: str, date: str = "2024-03-01") -> set[tuple]:
    analysis = lagebild.analyze(text, date=date, lang="de")
    return {(e.source and e.source.country, e.root, e.target and e.target.country) for e in analysis.events}


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("Die nationalistische MHP stellte sich hinter den Präsidenten.", "MHP", "TUR"),
        ("Die Tories warfen der Regierung Wortbruch vor.", "Tories", "GBR"),
        ("Auch die Fünf-Sterne-Bewegung lehnte das Gesetz ab.", "Fünf-Sterne-Bewegung", "ITA"),
        ("Die BJP gewann die Wahl in Delhi.", "BJP", "IND"),
        ("Die Kuomintang verlangte Gespräche mit Peking.", "Kuomintang", "TWN"),
        ("Die oppositionelle VMRO-DPMNE boykottierte die Abstimmung.", "VMRO-DPMNE", "MKD"),
    ],
)
def test_parties_of_other_states_are_theirs(text, mention, country):
    assert mention_actors(text, "2024-03-01")[mention][0] == country


def test_a_party_prefix_names_the_politicians_state():
    found = mention_actors(
        "Die Labour-Abgeordnete Diane Abbott kritisierte das Abkommen mit Ruanda.", "2024-03-01"
    )
    assert found["Labour-Abgeordnete"][0] == "GBR"
    assert ("POL", "11", "DEU") in _dyads("Der PiS-Chef Jan Kowal warf Berlin Erpressung vor.")


def test_a_surname_that_is_no_surname_keeps_the_full_name():
    # "Le Pen" is how the news names her; "Pen" alone is nobody
    found = mention_actors("Marine Le Pen kritisierte die Regierung. Le Pen sprach von Verrat.", "2024-03-01")
    assert found["Le Pen"][0] == "FRA"
    assert "Pen" not in found


def test_an_office_holder_is_known_only_in_office():
    date_in_office = mention_actors("Premier Ariel Henry bat um internationale Hilfe.", "2022-10-08")
    assert date_in_office["Ariel Henry"] == ("HTI", "HTIGOV")


def test_a_un_body_acts_for_the_un():
    found = mention_actors("Das UN-Menschenrechtsbüro kritisierte Äthiopien scharf.", "2024-03-01")
    assert found["UN-Menschenrechtsbüro"][1] == "IGOUNO"


def test_a_party_is_the_source_of_its_demand():
    dyads = _dyads("Die oppositionelle MHP warf der Regierung in Ankara Versagen vor.")
    assert ("TUR", "11", "TUR") in dyads


def test_every_curated_party_and_person_is_in_the_kb():
    ids = set(load_kb().actors)
    assert {f"party:{p[0]}" for p in curated_news.PARTIES} <= ids
    assert {f"person:{p[0]}" for p in curated_news.PEOPLE} <= ids


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("Der Mann wurde von Carabinieri in Rimini festgenommen.", "Carabinieri", "ITACOP"),
        ("Die Royal Navy schickte eine Fregatte in die Straße von Hormus.", "Royal Navy", "GBRMIL"),
        ("Laut Yonhap feuerte der Norden zwei Raketen ab.", "Yonhap", "KORMED"),
        ("Die OMV kündigte ihren Gasvertrag mit Gazprom.", "OMV", "AUTBUS"),
        (
            "Das Bundesamt für Migration und Flüchtlinge setzte die Asylentscheidungen aus.",
            "Bundesamt für Migration und Flüchtlinge",
            "DEUGOV",
        ),
        ("Berlin verbannt Bauteile von ZTE aus dem Netz.", "ZTE", "CHNBUS"),
    ],
)
def test_state_bodies_named_without_their_state(text, mention, code):
    assert mention_actors(text, "2024-03-01")[mention][1] == code


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        (
            "Russische Söldner töteten im Zentrum des Landes Dutzende Zivilisten.",
            "Russische Söldner",
            "RUSMIL",
        ),
        ("Russische Bomber flogen über der Ostsee.", "Russische Bomber", "RUSMIL"),
        ("Russische Kampfdrohnen griffen den Hafen an.", "Russische Kampfdrohnen", "RUSMIL"),
    ],
)
def test_forces_and_weapons_that_strike_act_for_their_state(text, mention, code):
    assert mention_actors(text, "2024-03-01")[mention][1] == code


def test_weapons_a_state_delivers_or_stations_are_no_actor():
    assert "iranische Drohnen" not in mention_actors(
        "Moskau setzt iranische Drohnen gegen Kiew ein.", "2024-03-01"
    )
    assert "amerikanischer Raketen" not in mention_actors(
        "Moskau kritisierte die Stationierung amerikanischer Raketen.", "2024-03-01"
    )
