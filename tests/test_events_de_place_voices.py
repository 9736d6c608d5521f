"""A voice seated in a capital the quote stage names by the place ("Ein Sprecher sagte in Warschau, …",
"In Warschau und Vilnius hieß es, …"): the "man" of what is reported is the state the actor stage read
for the spokesperson or the "es" (`events.arguments.speaker_actor`)."""

import pytest

from tests.event_tuples import coded_dyads


@pytest.mark.parametrize(
    "text",
    [
        "Ein Sprecher sagte am Abend in Warschau, man wolle die Zusammenarbeit mit Kanada ausbauen.",
        "In Warschau und Prag hieß es am Abend, man wolle die Zusammenarbeit mit Kanada ausbauen.",
    ],
)
def test_the_place_of_the_voice_speaks_for_its_state(text):
    assert any(source == "POL" and target == "CAN" for _, source, target in coded_dyads(text, "2024-05-02"))


def test_brussels_is_not_read_as_belgium():
    text = "Eine Sprecherin sagte in Brüssel, man wolle die Zusammenarbeit mit Kanada ausbauen."
    assert not any(source == "BEL" for _, source, _ in coded_dyads(text, "2024-05-02"))
