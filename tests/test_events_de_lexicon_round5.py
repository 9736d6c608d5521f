"""Lexicon rows for triggers the tuning banks miss in several articles (issue 7, sixth session, fifth
lexicon round), through the whole pipeline.

Crowds storming an embassy, a parliament, a palace or a headquarters protest violently (145), as four
banks code it; troops storming positions or towns stay a military assault (190), the row of the same
verb with military objects. Suspending tariffs eases a coercive measure (085) like suspending sanctions
or punitive tariffs.
"""

from functools import partial

import pytest

from tests.event_tuples import coded_events

events = partial(coded_events, date="2024-05-02")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a crowd storms a building of a state: violent protest against its owner
        ("Serbische Demonstranten stürmten in Belgrad die amerikanische Botschaft.",
         ("145", "SRB", "USA", "asserted")),
        ("Tausende Anhänger der Opposition stürmten in Colombo das Parlament.",
         ("145", "LKA", "LKA", "asserted")),
        # suspending tariffs yields like suspending sanctions
        ("Washington setzte die Zölle gegen Mexiko für einen Monat aus.",
         ("085", "USA", "MEX", "asserted")),
    ],
)  # fmt: skip
def test_codes_the_banks_share(text, expected):
    assert expected in events(text)


def test_storming_military_positions_stays_an_assault():
    coded = events("Ukrainische Truppen stürmten die russischen Stellungen bei Robotyne.")
    assert ("190", "UKR", "RUS", "asserted") in coded
    assert not any(code.startswith("14") for code, *_ in coded)
