"""An agreement one side signs or talks it holds abroad with no partner named are with the host, one way
(`hosts_abroad.py`). Sentences of our own, through the whole pipeline."""

import pytest

from tests.event_tuples import coded_events


def _signings(text: str) -> set[tuple]:
    return {event for event in coded_events(text, "2024-05-01") if event[0].startswith("05")}


@pytest.mark.parametrize(
    ("sentence", "signer", "host"),
    [
        (
            "Der Außenminister Perus unterzeichnete am Dienstag in Quito ein Abkommen über Fischerei.",
            "PER",
            "ECU",
        ),
        ("Lissabon unterzeichnet in Rabat einen Vertrag über den Bau einer Fähre.", "PRT", "MAR"),
        (
            "Kenias Präsident hat bei einem Besuch in Kampala ein Abkommen über Strom unterzeichnet.",
            "KEN",
            "UGA",
        ),
    ],
)
def test_a_lone_signer_abroad_signs_with_the_host(sentence, signer, host):
    assert ("057", signer, host, "asserted") in _signings(sentence)


def test_a_signing_at_home_names_no_host():
    assert not any(
        target == "PER"
        for _, _, target, _ in _signings("Perus Präsidentin unterzeichnete in Lima ein Abkommen.")
    )


def _talks(text: str) -> set[tuple]:
    return {event for event in coded_events(text, "2024-05-01") if event[0].startswith("04")}


@pytest.mark.parametrize(
    ("sentence", "code", "guest", "host"),
    [
        (
            "Der Premierminister Malis verhandelte vergangene Woche in Algier über eine Grenzkommission.",
            "046",
            "MLI",
            "DZA",
        ),
        (
            "Der chilenische Außenminister führte am Mittwoch in Buenos Aires Gespräche über den Handel.",
            "040",
            "CHL",
            "ARG",
        ),
    ],
)
def test_lone_talks_abroad_are_held_with_the_host(sentence, code, guest, host):
    assert (code, guest, host, "asserted") in _talks(sentence)


def test_talks_at_home_have_no_partner():
    assert (
        _talks("Der chilenische Außenminister verhandelte am Mittwoch in Santiago über den Haushalt.")
        == set()
    )


@pytest.mark.parametrize(
    ("sentence", "venue_state"),
    [
        ("Der iranische Unterhändler verhandelte am Montag in Wien über das Atomprogramm.", "AUT"),
        ("Die kolumbianische Delegation führte in Genf Gespräche über die Flüchtlingshilfe.", "CHE"),
    ],
)
def test_talks_at_a_seat_of_organisations_are_not_with_its_state(sentence, venue_state):
    assert not any(target == venue_state for _, _, target, _ in _talks(sentence))
