"""Envoys and delegations named by where they come from act for the state that sent them."""

from lagebild import analyze


def events(text: str) -> list[tuple]:
    return [
        (e.code, e.source and (e.source.country or e.source.actor_code),
         e.target and (e.target.country or e.target.actor_code), e.modality)
        for e in analyze(text, date="2025-03-01", lang="de").events
    ]  # fmt: skip


def test_a_diplomat_from_a_capital_acts_for_its_state():
    coded = events(
        "Ein ranghoher Diplomat aus Seoul führte am Montag in Tokio Gespräche mit seinem japanischen Kollegen."
    )
    assert ("040", "KOR", "JPN", "asserted") in coded


def test_an_envoy_who_meets_no_one_is_no_event():
    assert events("Ein Diplomat aus Tokio besuchte das Museum.") == []


def test_envoys_from_two_capitals_meet_for_both_states():
    coded = events("Unterhändler aus Kiew und Moskau trafen sich am Freitag in Istanbul.")
    assert ("040", "UKR", "RUS", "asserted") in coded
    assert ("040", "RUS", "UKR", "asserted") in coded


def test_ministers_named_by_their_capitals_act_for_their_states():
    # an office noun is sent like an envoy: without the rule the ministers have no side and no event
    coded = events(
        "Die Außenminister aus Rom und Madrid trafen am Montag in Ankara den türkischen Präsidenten."
    )
    assert ("040", "ITA", "TUR", "asserted") in coded
    assert ("040", "ESP", "TUR", "asserted") in coded
