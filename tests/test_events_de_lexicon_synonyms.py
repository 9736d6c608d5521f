"""Synonyms of rows the German lexicon already had (issue 7): "erwartet von X eine Erklärung / Hilfe / die Achtung der
Menschenrechte" demands them like "verlangt"; "votierte gegen die Resolution" rejects it like "stimmte
gegen". An expectation without a demanded noun ("erwartet keine schnellen Ergebnisse", "erwartet ein
Wachstum") is no demand.
"""

from functools import partial

import pytest

from tests.event_tuples import coded_dyads, coded_events

events = partial(coded_events, date="2024-06-03")
dyads = partial(coded_dyads, date="2024-06-03")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Warschau erwartet von Minsk eine Erklärung für den Vorfall.", ("101", "POL", "BLR")),
        ("Polen erwartet von Deutschland mehr Hilfe.", ("103", "POL", "DEU")),
        ("Berlin erwartet von Ankara die Achtung der Menschenrechte.", ("1043", "DEU", "TUR")),
        ("Ungarn votierte gegen die Resolution der UN-Vollversammlung.", ("120", "HUN", "IGOUNO")),
    ],
)
def test_synonym_codes_like_its_row(text, expected):
    assert expected in dyads(text)


@pytest.mark.parametrize(
    "text",
    [
        "Der Kreml erwartet keine schnellen Ergebnisse.",
        "Die Regierung in Madrid erwartet in diesem Jahr ein Wachstum von zwei Prozent.",
    ],
)
def test_expectation_without_demanded_noun_is_no_demand(text):
    assert not any(code.startswith("10") for code, *_ in events(text))
