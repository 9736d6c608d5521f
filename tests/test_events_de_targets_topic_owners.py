"""A statement without a target slot is aimed at the owner of the noun it is about, where a genitive or
an "aus" phrase names one; a comment declined on such a noun keeps that owner as its target
(`targets_topic_owners`)."""

from functools import partial

from tests.event_tuples import keyed_events

_by_root = partial(keyed_events, date="2025-03-04")


def test_a_comment_declined_on_a_states_account_is_aimed_at_that_state():
    events = _by_root("Das Außenministerium in Paris wollte die Schilderung Teherans nicht kommentieren.")
    assert ("FRA", "01", "IRN", "asserted") in events


def test_a_comment_declined_on_words_from_a_capital_is_aimed_at_its_state():
    events = _by_root("Die Regierung in Tokio lehnte jede Stellungnahme zu den Drohungen aus Pjöngjang ab.")
    assert ("JPN", "01", "PRK", "asserted") in events


def test_a_comment_declined_on_a_question_without_an_owner_stays_aimed_at_no_one():
    events = _by_root("Die Regierung in Tokio wollte sich zu dem Vorfall am Dienstag nicht äußern.")
    assert ("JPN", "01", None, "asserted") in events
    assert not any(root == "01" and target is not None for _, root, target, _ in events)


def test_concern_about_a_states_plans_is_aimed_at_that_state():
    events = _by_root("Die Regierung in Jakarta äußerte Sorge über die Rüstungspläne Canberras.")
    assert ("IDN", "01", "AUS", "asserted") in events
