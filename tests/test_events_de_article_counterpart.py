"""A cut in relations, an offer or a concession that names no one, by a source that was part of no
exchange yet, is aimed at the state the article named most often before (`targets_remembered`); where
two states lead alike, there is no guess. So is a condolence to the bereaved, who are no state: the
state that mourns is the one the article is about, not an actor of the sentences just before. The
sentences are our own."""

from __future__ import annotations

from tests.event_tuples import coded_dyads, root_pairs

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


def test_a_condolence_to_the_bereaved_goes_to_the_state_that_mourns_not_to_a_helper_just_before():
    text = (
        "Bei einem Erdbeben in Peru sind mindestens vierzig Menschen ums Leben gekommen. "
        "Die Regierung in Lima rief den Notstand aus. "
        "Washington schickte ein Team der Katastrophenschutzbehörde FEMA. "
        "Frankreichs Präsident sprach den Angehörigen der Opfer sein Beileid aus."
    )
    assert ("018", "FRA", "PER") in coded_dyads(text, DATE)
