"""Word lists shared by several coder stages: the commentators by trade (`onlooker_words`) are one
list for the onlooker filter and for doubts no actor voices, so a word known to one is known to both."""

from __future__ import annotations

import pytest

from lagebild import analyze

DATE = "2024-03-12"


@pytest.mark.parametrize(
    "text",
    [
        # professions once listed only for the onlooker filter, now also for doubts
        "Ob Ankara die Sanktionen gegen Damaskus aufhebt, bezweifeln Politologen.",
        "Ob Ankara die Sanktionen gegen Damaskus aufhebt, bezweifeln Ökonomen.",
        "Ob Peking die Zölle auf australischen Wein senkt, bezweifeln Forscher.",
    ],
)
def test_an_act_doubted_by_any_commentator_is_none(text):
    assert analyze(text, date=DATE, lang="de").events == []


def test_an_act_an_actor_doubts_is_still_coded():
    events = analyze(
        "Ob Ankara die Sanktionen gegen Damaskus aufhebt, bezweifelt Assad.", date=DATE, lang="de"
    ).events
    assert any(e.code.startswith("08") and e.modality == "hypothetical" for e in events)
