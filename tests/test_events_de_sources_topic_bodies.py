"""A state's body named without its state ("das Außenministerium") in a sentence naming no state before
it belongs to the topic of the sentence before, the subject of its main clause, not to the state that
sentence names last or acts on (`actor_passage.institution_state`)."""

import pytest

from tests.event_tuples import state_pairs


@pytest.mark.parametrize(
    ("text", "code", "pair"),
    [
        (
            "Washington stellte sich am Montag hinter Tokio. Das Außenministerium forderte Pjöngjang auf, "
            "die Raketentests sofort einzustellen.",
            "100",
            ("USA", "PRK"),
        ),
        (
            "Am Dienstag kritisierte Ankara die Regierung in Athen scharf. Das Außenministerium bestellte "
            "den griechischen Botschafter ein.",
            "114",
            ("TUR", "GRC"),
        ),
    ],
)
def test_body_without_its_state_belongs_to_the_subject_before(text, code, pair):
    assert pair in state_pairs(text, "2024-05-02", code)


def test_body_without_its_state_is_not_the_state_acted_on_before():
    text = (
        "Zuvor hatte Paris Sanktionen gegen Banken aus Russland verhängt. Das Außenministerium verurteilte "
        "den Angriff auf die Ukraine."
    )
    assert [source for source, _ in state_pairs(text, "2024-05-02", "111")] == ["FRA"]
