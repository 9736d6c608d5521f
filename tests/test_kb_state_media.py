"""State media German news names by their own name speak for their state (`kb/curated_news.py`,
`events/press_speakers.py`; sentences written for these tests): the party paper, the state agency and
the state broadcaster are that state's media, and a verbal act of a newspaper the knowledge base holds
as a state's is that state's act. A province that shares an agency's name stays a place."""

import pytest

from lagebild import analyze
from tests.event_tuples import coded_dyads

DATE = "2024-05-02"


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Die Global Times nannte das Manöver eine Provokation.", "Global Times", "CHNMED"),
        ("Nach einem Bericht der Parteizeitung Rodong Sinmun besuchte Kim eine Fabrik.", "Rodong Sinmun", "PRKMED"),
        ("Die Nachrichtenagentur Tasnim meldete neue Festnahmen.", "Tasnim", "IRNMED"),
        ("Die Zeitung Nhan Dan lobte die Ernte.", "Nhan Dan", "VNMMED"),
    ],
)  # fmt: skip
def test_a_state_medium_is_its_state_media(text, name, code):
    codes = {e.name: e.actor_code for e in analyze(text, date=DATE, lang="de").entities}
    assert codes[name] == code


def test_a_province_of_an_agency_name_stays_a_place():
    entities = analyze("Ein Erdbeben erschütterte die Provinz Fars.", date=DATE, lang="de").entities
    fars = [e for e in entities if e.name == "Fars"]
    assert fars and all(e.actor_code != "IRNMED" for e in fars)  # found, and not as the agency


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("In der Provinz Granma protestierten Hunderte gegen Stromausfälle.", "CUBMED"),
        ("Ungarn kaufte den Impfstoff Sputnik V.", "RUSMED"),
    ],
)
def test_a_province_or_product_named_like_a_state_medium_is_none(text, code):
    entities = analyze(text, date=DATE, lang="de").entities
    assert all(e.actor_code != code for e in entities)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Zeitung Global Times forderte Japan auf, die Provokationen einzustellen.",
            ("100", "CHN", "JPN"),
        ),
        ("Die Zeitung Nhan Dan verurteilte die Sanktionen der USA.", ("111", "VNM", "USA")),
    ],
)
def test_a_newspaper_of_a_state_speaks_for_it(text, expected):
    assert expected in coded_dyads(text, DATE)
