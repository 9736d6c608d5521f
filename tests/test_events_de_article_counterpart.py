"""A cut in relations, an offer or a concession that names no one, by a source that was part of no
exchange yet, is aimed at the state the article named most often before (`targets_remembered`); where
two states lead alike, there is no guess. The sentences are our own."""

from __future__ import annotations

from tests.event_tuples import root_pairs

DATE = "2024-06-03"
BACKGROUND = (
    "Die Inspektoren konnten die Anlagen seit Monaten nicht besuchen. Die Lage gilt als angespannt. "
    "Italien hat die Gespräche ausgesetzt."
)


def test_an_act_without_a_counterpart_is_aimed_at_the_state_the_article_is_about():
    text = "Iran hat die Urananreicherung erneut ausgeweitet. Iran bestreitet militärische Absichten. "
    assert root_pairs(text + BACKGROUND, DATE, "16") == {("ITA", "IRN")}


def test_two_states_named_alike_leave_the_counterpart_open():
    text = "Iran hat die Urananreicherung erneut ausgeweitet. Der Irak bestreitet militärische Absichten. "
    assert root_pairs(text + BACKGROUND, DATE, "16") == {("ITA", None)}
