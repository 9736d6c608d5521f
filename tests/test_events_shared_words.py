"""Word lists shared by several coder stages: the commentators by trade (`onlooker_words`) are one
list for the onlooker filter and for doubts no actor voices, so a word known to one is known to both;
the labels by which a name hangs under its title or kind (`word_classes.NAME_DEPS`) are one list for
the signing partner, the struck place and the state's own media."""

from __future__ import annotations

import pytest

from lagebild import analyze
from tests.event_tuples import coded_events

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


@pytest.mark.parametrize(
    "text, partner",
    [
        (
            "Der polnische Präsident unterzeichnete am Montag in Warschau ein Abkommen mit seinem "
            "litauischen Amtskollegen Gitanas Nausėda.",
            "LTU",
        ),
        (
            "Die Regierung in Rom unterzeichnete eine Erklärung mit dem tunesischen Präsidenten Kais Saied.",
            "TUN",
        ),
    ],
)
def test_a_partner_named_after_his_title_signs_back(text, partner):
    signings = {
        (source, target) for code, source, target, _ in coded_events(text, DATE, True) if code == "057"
    }
    assert any(source == partner for source, _ in signings)


def test_a_town_named_after_its_kind_is_the_struck_state():
    found = coded_events("Russische Raketen trafen die Stadt Charkiw.", DATE, True)
    assert ("195", "RUS", "UKR", "asserted") in found
