"""Courts and investigators named without their state: investigators by their office ("die Ermittler")
are the police of the state the passage is about, not of an international court named before; a court
named by its seat ("das Verwaltungsgericht Köln") is the seat's state's, whatever state the passage is
about; a nationality in what protesters oppose ("gegen den russischen Krieg") does not place them."""

from __future__ import annotations

import pytest

from tests.entity_mentions import mentioned_entity, mentioned_state

DATE = "2024-05-10"


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        (
            "Georgien verschärft den Kurs gegen Aktivisten. Die Ermittler durchsuchten mehrere Büros.",
            "Die Ermittler",
            "GEOCOP",
        ),
        (
            "In Ecuador eskaliert der Streit um die Wahl. Ermittlerinnen der Staatsanwaltschaft befragten den "
            "Bürgermeister, die Ermittler werfen ihm Betrug vor.",
            "die Ermittler",
            "ECUCOP",
        ),
    ],
)
def test_investigators_are_the_passage_states_police(text, words, code):
    entity = mentioned_entity(text, words=words, date=DATE)
    assert entity is not None and entity.actor_code == code


def test_investigators_after_an_international_court_are_not_a_states():
    text = "Der Internationale Strafgerichtshof erließ einen Haftbefehl. Die Ermittler sprachen von Verbrechen in Mali."
    assert mentioned_state(text, "Die Ermittler", DATE) is None


@pytest.mark.parametrize(
    ("text", "words", "state"),
    [
        # a German Land names the labour court, not the states the passage is about
        (
            "Österreich und Tschechien streiten über Strompreise. Das Landesarbeitsgericht Bayern wies die Klage "
            "des Konzerns ab.",
            "Das Landesarbeitsgericht",
            "DEU",
        ),
        # a foreign city names the prosecutor's office
        (
            "Polen kritisierte die Ukraine. Die Staatsanwaltschaft Turin ermittelt gegen zwei Manager.",
            "Die Staatsanwaltschaft",
            "ITA",
        ),
    ],
)
def test_court_named_by_its_seat_is_the_seats_state(text, words, state):
    assert mentioned_state(text, words, DATE) == state


def test_nationality_protesters_oppose_does_not_place_them():
    # the parse hangs "gegen den russischen Krieg" on the place before it, not on the verb
    text = (
        "Nach einer Kundgebung vor der russischen Botschaft in Wien hat das Außenministerium in Moskau den "
        "österreichischen Botschafter einbestellt.\n\nAm Abend hatten rund 300 Demonstranten vor dem Gebäude in "
        "der Innenstadt gegen den russischen Krieg protestiert."
    )
    assert mentioned_state(text, "Demonstranten", DATE) == "AUT"
