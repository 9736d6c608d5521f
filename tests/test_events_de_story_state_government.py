"""A bare "die Regierung" whose sentence names no state before it governs the state the story is about
(`actor_institutions`), not the state that reacted in the sentence before; a state its own
sentence names first still decides. Sentences written for these tests."""

from tests.event_tuples import coded_events

DATE = "2024-10-12"

STORY = (
    "Nicaragua hat erneut Dutzende Regierungskritiker ausgebürgert. Präsident Daniel Ortega nannte sie "
    "Vaterlandsverräter, Nicaraguas Parlament stimmte zu. Washington verurteilte den Schritt scharf. "
)


def test_a_bare_government_is_that_of_the_story_not_of_the_state_reacting_before():
    events = coded_events(STORY + "Die Regierung bricht nun auch die Beziehungen zu Israel ab.", DATE)
    assert any(code.startswith("16") and source == "NIC" for code, source, _, _ in events)
    assert not any(code.startswith("16") and source == "USA" for code, source, _, _ in events)


def test_a_state_named_first_in_the_sentence_still_decides():
    events = coded_events(
        STORY + "Auch in Costa Rica gab es Kritik: Die Regierung bricht die Beziehungen zu Israel ab.", DATE
    )
    assert not any(code.startswith("16") and source == "NIC" for code, source, _, _ in events)
