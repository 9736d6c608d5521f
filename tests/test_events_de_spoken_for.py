"""A pronoun for a person of no side acts for the one body with a side that is the subject of the sentence
introducing the person (`spoken_for.body_spoken_for`)."""

from __future__ import annotations

from tests.event_tuples import events_of, state_of


def _dyads(text: str, opening: str) -> set[tuple]:
    return {
        (state_of(e.source), e.root, state_of(e.target))
        for e in events_of(text, "2024-06-10", keep_implausible=True)
        if e.evidence.text.startswith(opening)
    }


def test_an_unknown_adviser_speaks_for_the_state_his_sentence_reports_on():
    text = (
        "Seoul wird die Lautsprecher an der Grenze wieder einschalten, teilt Sicherheitsberater Kim Do Hyun "
        "mit. Er wirft Pjöngjang vor, mit den Ballons gezielt Angst zu schüren."
    )
    assert ("KOR", "11", "PRK") in _dyads(text, "Er wirft")


def test_an_unknown_person_between_two_states_speaks_for_neither():
    # two sides named as subjects in the person's sentence: no clue which one she speaks for
    text = (
        "Seoul will die Lautsprecher einschalten, und Tokio will Gespräche, sagt die Forscherin Lee Min Ji. "
        "Sie wirft Pjöngjang vor, mit den Ballons gezielt Angst zu schüren."
    )
    assert not {d for d in _dyads(text, "Sie wirft") if d[0] in {"KOR", "JPN"}}
