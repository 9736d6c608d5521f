"""An act that has all but stopped is not reported as done: "kaum noch" negates it as "nicht mehr" does
(negation_scope._hardly_any_more), while "kaum" alone ("Kaum im Amt, …") leaves the act asserted.
Sentences written for the tests."""

import pytest

from tests.event_tuples import coded_events, root_modalities


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Serbien und Kroatien verhandeln kaum noch miteinander.", "negated"),
        ("Ägypten hatte sich zuletzt kaum noch an den Gesprächen mit Äthiopien beteiligt.", "negated"),
        ("Kaum im Amt, reiste Serbiens Präsident nach Zagreb.", "asserted"),
    ],
)
def test_hardly_any_more_negates_the_act_and_hardly_alone_does_not(text, modality):
    assert root_modalities(text, "2024-03-01", "04") == {modality}


@pytest.mark.parametrize(
    "text",
    [
        "Die serbische Armee beschoss am Morgen kaum noch zu haltende Stellungen der Kosovaren.",
        "Die äthiopische Armee beschoss in der Nacht kaum noch bewohnte Dörfer in Eritrea.",
    ],
)
def test_hardly_any_more_inside_an_attribute_leaves_the_act_asserted(text):
    found = {modality for code, _, _, modality in coded_events(text, "2024-03-01", True) if code[:2] == "19"}
    assert found == {"asserted"}
