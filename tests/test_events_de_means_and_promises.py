"""The subject of a verb acts by the means its "mit" phrase names (`governed_acts`), unless the verb is
one of facing or expecting or the phrase belongs to a noun before it; the subject of "sich einigen auf"
or "sich durchringen zu" performs the act agreed on (`governed_acts`), that of "zusichern" the act it
promises (`noun_agents`)."""

import pytest

from tests.event_tuples import source_states


def _sources(text: str, root: str) -> set[str]:
    return source_states(text, "2024-05-02", root)


@pytest.mark.parametrize(
    ("text", "root", "state"),
    [
        # the act named with "mit" is the subject's means, whatever the verb
        ("Mit der Ausweisung des Botschafters setzte Polen ein deutliches Zeichen.", "16", "POL"),
        ("Mit einem Appell an die Geberländer eröffnete der kenianische Präsident die Konferenz.", "02", "KEN"),
        # agreeing on an act or bringing oneself to it: the subjects perform it
        ("Serbien und Kosovo einigten sich auf einen Gefangenenaustausch.", "08", "XKX"),
        ("Japan konnte sich bisher nicht zu Sanktionen gegen Russland durchringen.", "16", "JPN"),
        # promising an act: the one who promises performs it
        ("Japan sicherte Vietnam Investitionen in den Hafen von Haiphong zu.", "06", "JPN"),
    ],
)  # fmt: skip
def test_subject_performs_its_means_and_promises(text, root, state):
    assert state in _sources(text, root)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        # who expects an act does not perform it
        ("Peking rechnet mit der Ausweisung seines Botschafters.", "CHN"),
        # a "mit" phrase right after a noun belongs to the noun
        ("Polen lobte Länder mit Sanktionen gegen Russland.", "POL"),
    ],
)
def test_no_means_of_the_subject(text, state):
    assert state not in _sources(text, "16")
