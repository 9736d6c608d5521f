"""One talk named with the definite article that takes place, lasts or ends in a clause naming no one
("Das Gespräch verlief sachlich") is the meeting the text told of before, in the direction it was coded
(`talks_of_sides_before.talk_told_of_before`)."""

import pytest

from tests.event_tuples import events_of

MET = "Die estnische Ministerpräsidentin empfing am Dienstag den finnischen Präsidenten in Tallinn. "
MET += "Es ging um die Sicherheit in der Ostsee. "


def _talks_in_third_sentence(text: str) -> set[tuple]:
    return {
        (e.code, e.source.country, e.target.country)
        for e in events_of(text, "2024-05-01")
        if e.code == "040" and e.evidence.sentence == 2
    }


@pytest.mark.parametrize(
    "talk", ["Das Gespräch verlief nach Angaben beider Seiten sachlich.", "Das Treffen dauerte drei Stunden."]
)
def test_a_talk_that_took_place_is_the_meeting_told_of_before(talk):
    assert _talks_in_third_sentence(MET + talk) == {("040", "EST", "FIN")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Gespräch hat Folgen für die Region.",
        # a talk that is to end something else, not one that ended
        "Ob das Treffen den Streit beenden kann, ist offen.",
        # a summit gathers many, not the two who met before it
        "Am Donnerstag beginnt in Brüssel der Gipfel.",
    ],
)
def test_a_talk_judged_is_no_meeting_again(sentence):
    assert _talks_in_third_sentence(MET + sentence) == set()
