"""States that follow another's lead ("zog nach", "folgte dem Beispiel"): the act told just before, done
again by the follower against the same target, through the whole pipeline. The sentences are our own."""

from functools import partial

import pytest

from tests.event_tuples import coded_events

DATE = "2024-05-01"
events = partial(coded_events, date=DATE)

IMPORT_BAN = "Litauen verbot am Dienstag die Einfuhr von Düngemitteln aus Belarus."
EXPULSION = "Die Türkei wies den schwedischen Botschafter aus."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{IMPORT_BAN} Lettland zog noch am selben Abend nach, Estland folgte am Freitag.",
         [("163", "LVA", "BLR", "asserted"), ("163", "EST", "BLR", "asserted")]),
        (f"{EXPULSION} Katar und Oman folgten dem Beispiel.",
         [("161", "QAT", "SWE", "asserted"), ("161", "OMN", "SWE", "asserted")]),
        ("Kanada setzte die Hilfe für Haiti aus, Belgien zog nach.", [("162", "BEL", "HTI", "asserted")]),
    ],
)  # fmt: skip
def test_a_follower_does_the_act_told_before_against_the_same_target(text, expected):
    found = events(text)
    assert all(event in found for event in expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan hat Sanktionen gegen Nordkorea verhängt. Australien will im Juni nachziehen.",
         ("163", "AUS", "PRK", "future")),
        ("Kanada setzte die Hilfe für Haiti aus. Mexiko wird dagegen nicht nachziehen.",
         ("162", "MEX", "HTI", "negated")),
    ],
)  # fmt: skip
def test_the_following_clause_gives_the_factuality(text, expected):
    assert expected in events(text)


@pytest.mark.parametrize(
    "text",
    [
        # a call or an invitation followed is an act of its own, not the act told before
        f"{EXPULSION} Katar folgte der Einladung nach Ankara.",
        # a statement is no act a state follows
        "Die Türkei kritisierte Schweden scharf. Katar folgte am Montag.",
    ],
)
def test_no_act_is_followed_where_the_clause_follows_something_else(text):
    assert not any(source == "QAT" for _, source, _, _ in events(text))
