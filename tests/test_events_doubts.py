"""Doubting whether something will happen is no act (sentence_rules.without_feared_developments):
"Ob die Wahlen stattfinden, bezweifeln viele Libyer" has no event in the gold; a doubt aimed at an
actor stays a pessimistic comment (012)."""

from functools import partial

import pytest

from tests.event_tuples import coded_triples

DATE = "2024-05-02"


_events = partial(coded_triples, date=DATE)


@pytest.mark.parametrize(
    "text",
    [
        "Ob die Verhandlungen tatsächlich beginnen, bezweifeln viele Serben.",
        "Ob die Waffenruhe hält, bezweifeln viele Ukrainer.",
        "Ob die Armee die Macht wirklich abgibt, bezweifeln manche Oppositionelle in Bangladesch.",
    ],
)
def test_a_doubt_whether_something_happens_is_no_event(text):
    assert not any(code.startswith("01") for code, *_ in _events(text))


def test_a_doubt_aimed_at_an_actor_stays():
    events = _events("Ob Moskau einlenkt, bezweifelt der polnische Außenminister.")
    assert ("012", "POL", "RUS") in events


def test_a_doubt_whether_another_side_yields_stays_beside_the_yielding():
    # the news parser makes the fronted "ob" clause the doubt's object; the doubt frames nothing away
    events = _events("Ob Teheran nachgibt, bezweifelt der israelische Verteidigungsminister.")
    assert ("012", "ISR", "IRN") in events
