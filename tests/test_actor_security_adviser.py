""" "Sicherheitsberater" is a role word (`actor_lexicon.ROLE_NOUNS_DE`): the head of government's
adviser, an office of the government, so a title without a name is its state's (sentences written for
this test)."""

import pytest

from tests.event_tuples import events_of


@pytest.mark.parametrize(
    "text, root",
    [
        # the title refers back to the adviser named with it before
        (
            "Der Nationale Sicherheitsberater Jake Sullivan reiste nach Kiew. Der Sicherheitsberater lobte die Ukraine.",
            "05",
        ),
        # no holder named: the adviser of the government the passage is about
        ("Biden empfing Selenskyj im Weißen Haus. Der Sicherheitsberater kritisierte Russland scharf.", "11"),
        # a country adjective owns the office: that government's
        ("Der amerikanische Sicherheitsberater kritisierte China scharf.", "11"),
    ],
)
def test_a_security_adviser_without_a_name_acts_for_his_government(text, root):
    sources = [
        e.source for e in events_of(text, "2023-06-01", keep_implausible=True) if e.code.startswith(root)
    ]
    assert sources and [(s.country, s.actor_code) for s in sources] == [("USA", "USAGOV")] * len(sources)
