"""A bare "die Regierung" in a story that clearly names one state is that state's government, not the
state of the foreign advisers or rivals named nearest to it in its sentence."""

from tests.event_tuples import source_states

STORY = (
    "Niamey – Die nigrische Armee hat die Stadt Tillabéri zurückerobert, teilte der Generalstab in Niamey mit. "
    "Niger feiert den Erfolg. Nach Gesprächen mit russischen Beratern verurteilte die Regierung die Angriffe "
    "der Rebellen scharf."
)


def test_government_of_a_one_state_story_is_that_states():
    assert source_states(STORY, "2024-06-03", "11") == {"NER"}
