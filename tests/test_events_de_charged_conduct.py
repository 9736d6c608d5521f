"""Conduct one is charged with names its performer in the genitive ("jede Einmischung Moskaus"), also
where the weak parse calls the genitive name an apposition (events/context_targets.py,
events/arguments.py), tested through the real pipeline on sentences of our own."""

from __future__ import annotations

import pytest

from tests.event_tuples import root_pairs

DATE = "2026-11-20"


def _pairs(text: str, root: str) -> set[tuple]:
    return root_pairs(text, DATE, root)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Peking verurteilte jede Einmischung Moskaus in die inneren Angelegenheiten Kasachstans.",
            ("CHN", "RUS"),
        ),
        ("Warschau verurteilte die Aggression Russlands.", ("POL", "RUS")),
    ],
)
def test_the_genitive_of_charged_conduct_is_its_performer(text, pair):
    assert pair in _pairs(text, "11")
