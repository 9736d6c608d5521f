"""Sides put on a sanctions list without the one who lists them ("Auf der Liste steht auch …", "… landen auf
der Liste", "wurden auf die schwarze Liste gesetzt") are sanctioned (163) by the side that imposed the
sanctions just before (`events.sanction_lists`)."""

import pytest

from tests.event_tuples import events_of_last_sentence, state_or_igo

DATE = "2025-03-04"
IMPOSED = "Die EU hat neue Sanktionen gegen Belarus verhängt. "


def _sanctions_in_last_sentence(text: str) -> set[tuple]:
    """(source, target, modality) of the 163 events whose evidence is the text's last sentence."""
    return {
        (state_or_igo(e.source), state_or_igo(e.target), e.modality)
        for e in events_of_last_sentence(text, DATE)
        if e.code == "163"
    }


@pytest.mark.parametrize(
    ("listing", "modality"),
    [
        ("Auf der Liste steht auch der Generalstaatsanwalt.", "asserted"),
        ("Zudem wurden drei Staatsbetriebe auf die schwarze Liste gesetzt.", "asserted"),
        ("Der Innenminister selbst steht nicht auf der Sanktionsliste.", "negated"),
        ("Zudem wurden drei Staatsbetriebe auf die Sanktionslisten gesetzt.", "asserted"),
    ],
)
def test_listed_by_the_imposer(listing, modality):
    assert _sanctions_in_last_sentence(IMPOSED + listing) == {("IGOEUREEC", "BLR", modality)}


@pytest.mark.parametrize(
    "text",
    [
        # no sanctions before: a list of candidates is none
        "In Minsk wird am Sonntag gewählt. Auf der Liste steht auch der Generalstaatsanwalt.",
        # a relative clause names the list, not someone on it
        IMPOSED + "Die Liste, auf der die Minister stehen, ist lang.",
        # "…listen" ending the plural of a noun in "-list" is no list
        IMPOSED + "Die Augen der Welt stehen auf den Journalisten.",
    ],
)
def test_no_listing_without_sanctions(text):
    assert not _sanctions_in_last_sentence(text)
