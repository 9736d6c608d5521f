"""The content of a rumour or claim is not reported as done (rumoured_acts.py): "das Gerücht, Katar
habe … ausgewiesen" is hypothetical, the same act told by the text itself stays asserted. Sentences
written for the tests."""

import pytest

from tests.event_tuples import root_modalities


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        (
            "Im Internet kursiert das Gerücht, Katar habe den Botschafter Ägyptens ausgewiesen.",
            "hypothetical",
        ),
        (
            "Seit Tagen verbreitet sich die Behauptung, Katar habe den Botschafter Ägyptens ausgewiesen.",
            "hypothetical",
        ),
        ("Katar hat den Botschafter Ägyptens ausgewiesen.", "asserted"),
    ],
)
def test_a_rumoured_expulsion_is_not_asserted(text, modality):
    assert root_modalities(text, "2024-03-01", "16") == {modality}
