"""A country adjective the tagger took for a verb ("zwischen armenischen und …") is parsed once more as
an attribute (`pipeline.country_adjectives`), so that the two sides of a fight are found. Sentences
written for this file, through the real pipeline."""

import pytest

from lagebild.pipeline import get_pipeline
from tests.event_tuples import coded_dyads

DATE = "2024-05-01"


def test_a_country_adjective_read_as_a_verb_qualifies_its_noun_again():
    doc = get_pipeline("de")(
        "Am Montag kam es zu Gefechten zwischen armenischen und aserbaidschanischen Soldaten."
    )
    adjective = next(t for t in doc if t.text == "armenischen")
    assert (adjective.pos_, adjective.dep_, adjective.head.text) == ("ADJ", "amod", "Soldaten")
    assert next(t for t in doc if t.text == "zwischen").dep_ == "case"


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Am Montag kam es zu Gefechten zwischen armenischen und aserbaidschanischen Soldaten.",
            "ARM",
            "AZE",
        ),
        # the "zwischen" phrase hung on the verb of the fight noun
        (
            "In der Nacht ist es zu schweren Gefechten zwischen kirgisischen und tadschikischen Truppen gekommen.",
            "KGZ",
            "TJK",
        ),
    ],
)
def test_both_sides_of_a_fight_between_two_nationalities_are_coded(text, first, second):
    found = {(code[:2], source, target) for code, source, target in coded_dyads(text, DATE)}
    assert {("19", first, second), ("19", second, first)} <= found


def test_border_guards_firing_on_another_states_soldiers_fight_rather_than_repress():
    text = "Es kam zu einem Schusswechsel zwischen iranischen Grenzschützern und afghanischen Soldaten."
    found = coded_dyads(text, DATE)
    assert ("193", "IRN", "AFG") in found
    assert not any(code == "175" for code, _, _ in found)
