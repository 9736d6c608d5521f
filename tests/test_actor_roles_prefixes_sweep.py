"""Role nouns and prefixes of the eleventh session: a role phrase whose adjective names the state is
that state's actor whatever the role (prosecutors, the opposition leader, journalists), prosecutors and
investigating judges introduced by office take the passage's state, "Kosovo-" owns the institution
after it, a "-kommando" is a military command, and office holders of 2019-2025 the KB lacked."""

from __future__ import annotations

import pytest

from lagebild import analyze
from tests.entity_mentions import entities_mentioned_as, mentioned_code


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        (
            "Der norwegische Staatsanwalt erhob Anklage gegen zwei Männer.",
            "Der norwegische Staatsanwalt",
            "NORJUD",
        ),
        (
            "Der bolivianische Oppositionsführer warf der Regierung Wahlbetrug vor.",
            "Der bolivianische Oppositionsführer",
            "BOLOPP",
        ),
        (
            "Die ägyptische Journalistin wurde am Flughafen festgenommen.",
            "Die ägyptische Journalistin",
            "EGYMED",
        ),
        ("Der sudanesische Armeechef lehnte Gespräche ab.", "Der sudanesische Armeechef", "SDNGOV"),
    ],
)
def test_a_role_phrase_with_a_country_adjective_is_that_states_actor(text, mention, code):
    assert mentioned_code(text, mention, "2024-05-01") == code


def test_a_prosecutor_named_by_office_belongs_to_the_state_of_the_sentence():
    text = "In Quito kündigte Generalstaatsanwalt Pedro Alarcón an, den früheren Minister anzuklagen."
    assert mentioned_code(text, "Pedro Alarcón", "2024-05-01") == "ECUJUD"


def test_kosovo_before_the_hyphen_owns_the_police():
    assert (
        mentioned_code(
            "Die Kosovo-Polizei nahm zwei Männer an der Grenze fest.", "Kosovo-Polizei", "2024-05-01"
        )
        == "XKXCOP"
    )


def test_a_regional_command_after_us_is_the_us_military():
    text = "Das US-Südkommando meldete die Verlegung zweier Zerstörer in die Karibik."
    assert mentioned_code(text, "US-Südkommando", "2024-05-01") == "USAMIL"


@pytest.mark.parametrize(
    ("text", "mention", "date", "country"),
    [
        ("Präsident Chalifa bin Sajid empfing den Gast aus Paris.", "Chalifa bin Sajid", "2020-06-01", "ARE"),
        ("Qassem Soleimani reiste nach Bagdad.", "Qassem Soleimani", "2019-10-01", "IRN"),
        ("Alberto Núñez Feijóo verlangte Neuwahlen.", "Alberto Núñez Feijóo", "2023-09-01", "ESP"),
        ("Khalil Haqqani besuchte ein Lager an der Grenze.", "Khalil Haqqani", "2023-11-01", "AFG"),
        ("Sajith Premadasa verlangte den Rücktritt der Regierung.", "Sajith Premadasa", "2022-07-10", "LKA"),
        ("Luis Caputo kündigte neue Sparmaßnahmen an.", "Luis Caputo", "2024-03-01", "ARG"),
    ],
)
def test_office_holders_of_2019_2025_are_known(text, mention, date, country):
    result = analyze(text, date=date, lang="de")
    assert entities_mentioned_as(result, mention)[0].country == country


@pytest.mark.parametrize(
    ("text", "mention", "date", "code"),
    [
        (
            "Außenminister Abdullah bin Sajid traf seinen Amtskollegen.",
            "Abdullah bin Sajid",
            "2022-03-01",
            "AREGOV",
        ),
        ("Ramtane Lamamra reiste nach Rabat.", "Ramtane Lamamra", "2022-01-10", "DZAGOV"),
        ("Mahmoud Ali Youssouf rief zur Waffenruhe auf.", "Mahmoud Ali Youssouf", "2025-06-01", "IGOAFRAFU"),
        ("Sultani Makenga kündigte einen Vormarsch an.", "Sultani Makenga", "2024-02-01", "CODREB"),
    ],
)
def test_foreign_ministers_and_commanders_of_2019_2025_have_their_office(text, mention, date, code):
    result = analyze(text, date=date, lang="de")
    assert entities_mentioned_as(result, mention)[0].actor_code == code
