"""An agreement one side signs abroad with no partner named is signed with the host, one way
(`signing_hosts.py`). Sentences of our own, through the whole pipeline."""

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
