"""Sources named by where a statement came from: what "comes from" a capital or country is that
state's (`origin_places`)."""

import pytest

from tests.event_tuples import source_states


def _sources(text: str, root: str) -> set[str]:
    return source_states(text, "2024-05-02", root)


@pytest.mark.parametrize(
    ("text", "root", "state"),
    [
        ("Aus Riad kam ein Appell an beide Nachbarn, ihre Differenzen beizulegen.", "02", "SAU"),
        ("Aus Ankara kam der Vorwurf an Athen, die Minderheit zu unterdrücken.", "11", "TUR"),
        ("Bislang kam nur aus Frankreich ein Angebot zur Vermittlung.", "03", "FRA"),
    ],
)
def test_statement_coming_from_a_capital_or_country_is_its_states(text, root, state):
    assert _sources(text, root) == {state}


def test_each_capital_of_a_list_says_what_came_from_them():
    assert _sources("Aus Rom und Madrid kamen Glückwünsche an den Wahlsieger.", "05") == {"ITA", "ESP"}


def test_a_congratulation_coming_from_a_capital_is_its_states():
    assert _sources("Aus Prag kam eine Gratulation an den neuen Präsidenten.", "05") == {"CZE"}


def test_congratulations_the_parse_took_for_an_adverb_come_from_the_speaker():
    # inside a text the parse hangs "Glückwünsche" on "kamen" as an adverb
    text = (
        "Der Minister wurde freigesprochen. Die Regierung jubelte. Glückwünsche kamen von Ungarns"
        " Regierungschef Viktor Orbán."
    )
    assert _sources(text, "05") == {"HUN"}


def test_force_coming_from_a_country_names_no_source():
    # rockets fired "from Syria" need not be Syria's
    assert not _sources("Aus Syrien kamen erneut Raketen auf Israel.", "19")


def test_statement_from_a_village_names_no_state():
    assert not _sources("Aus dem Dorf kam scharfe Kritik an der Regierung.", "11")


@pytest.mark.parametrize(
    "text",
    [
        # the parse hangs "aus Paris" on the adverb before it
        "Rom unterzeichnete ein Abkommen mit Tunesien.\n\n14:20 Uhr\n\nAuch aus Paris kommt scharfe Kritik an dem"
        " Abkommen.",
        # and "Aus Paris" on the time stamp of a live ticker
        "[12:05] Aus Paris kommt scharfe Kritik an der Entscheidung des Parlaments in Budapest.",
    ],
)
def test_a_fronted_origin_the_parse_hung_on_the_word_before_it_still_says_who_spoke(text):
    assert _sources(text, "11") == {"FRA"}


def test_an_origin_on_a_fronted_noun_is_that_acts_not_the_speakers():
    text = "Nach den Raketenangriffen aus Syrien kam scharfe Kritik an der Regierung in Damaskus."
    assert "SYR" not in _sources(text, "11")
