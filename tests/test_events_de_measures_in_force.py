"""A sanction that takes effect with no one imposing it in the clause ("Die Zölle … traten in Kraft", "Die
Sperre des Luftraums … ist nun in Kraft") is the measure (163) by its imposer against whom it is aimed at
(`events.measures_in_force`)."""

import pytest

from tests.event_tuples import events_of_last_sentence, state_or_igo

DATE = "2025-03-04"


def _sanctions_in_last_sentence(text: str) -> set[tuple]:
    """(source, target, modality) of the 16x events whose evidence is the text's last sentence."""
    return {
        (state_or_igo(e.source), state_or_igo(e.target), e.modality)
        for e in events_of_last_sentence(text, DATE)
        if e.code.startswith("16")
    }


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the imposer from the sentence before, the target from the measure's own phrase
        (
            "Kanada hat Strafzölle gegen China verhängt. Seit Montag sind die Zölle auf chinesische "
            "Elektroautos in Kraft getreten.",
            ("CAN", "CHN", "asserted"),
        ),
        # the owner of the airspace closed closes it
        (
            "Die Sperre des polnischen Luftraums für belarussische Flugzeuge ist jetzt in Kraft.",
            ("POL", "BLR", "asserted"),
        ),
        (
            "Die Sperre des EU-Luftraums für russische Flugzeuge tritt am Freitag in Kraft.",
            ("IGOEUREEC", "RUS", "future"),
        ),
    ],
)
def test_measure_taking_effect_is_imposed(text, found):
    assert _sanctions_in_last_sentence(text) == {found}


@pytest.mark.parametrize(
    "text",
    [
        # staying in force is no act
        "Kanada hat Strafzölle gegen China verhängt. Die Zölle bleiben bis Ende des Jahres in Kraft.",
        # a measure already in force is left alone
        "Die EU hat Sanktionen gegen Russland verhängt. Die Sanktionen sind bereits in Kraft.",
        # a law is no sanction
        "Kanada hat Strafzölle gegen China verhängt. Das neue Gesetz tritt am Montag in Kraft.",
    ],
)
def test_no_measure_taking_effect(text):
    assert not _sanctions_in_last_sentence(text)


def test_sanctions_eased_in_a_passive_are_eased_by_their_imposer():
    """`events.eased_measures`: the easing (085) by the one side that imposed the measures before."""
    text = "Die USA haben Strafzölle gegen Kolumbien verhängt. Nach der Einigung wurden die Zölle ausgesetzt."
    eased = {
        (state_or_igo(e.source), state_or_igo(e.target), e.modality)
        for e in events_of_last_sentence(text, DATE)
        if e.code == "085"
    }
    assert eased == {("USA", "COL", "asserted")}
