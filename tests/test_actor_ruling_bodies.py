"""A junta or regime without its state (actor_institutions): the state the article clearly names most,
and a mention right after the bare body word is who the body acts on, not one of its people."""

from __future__ import annotations

from lagebild import analyze
from tests.entity_mentions import entities_mentioned_as

JUNTA_SETS_A_DEADLINE = (
    "Die Militärjunta in Niger hat den französischen Botschafter Jean Dupont zur unerwünschten Person "
    "erklärt. Niger wirft Frankreich Einmischung vor. Schon am Freitag hatte die Junta Dupont eine "
    "Frist von zwei Tagen gesetzt. Ein Sprecher der Junta sprach von Arroganz."
)
CRITICS_NAMED_BEFORE_THE_JUNTA = (
    "In Guinea regiert seit dem Putsch das Militär. Guinea hat die Wahl erneut verschoben, Guinea "
    "meldete zudem neue Festnahmen. Frankreich und die Europäische Union äußerten Kritik. Die Junta "
    "wies die Kritik zurück."
)


def _states(text: str, words: str) -> list[str | None]:
    return [e.country for e in entities_mentioned_as(analyze(text, date="2024-05-10", lang="de"), words)]


def test_the_one_a_junta_acts_on_is_none_of_its_people():
    assert _states(JUNTA_SETS_A_DEADLINE, "der Junta") == ["NER"]


def test_a_junta_is_of_the_state_the_story_is_about():
    assert _states(CRITICS_NAMED_BEFORE_THE_JUNTA, "Die Junta") == ["GIN"]
