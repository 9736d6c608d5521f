"""Judgements the German lexicon had no word for: an offer called a sham or a propaganda trick, a ruling
held biased, a decision judged a setback or premature, a side's misjudgement spoken of, a government become
another's appendage, and the same words as a verdict in reported speech (all 111)."""

from functools import partial

import pytest

from tests.event_tuples import coded_events

events = partial(coded_events, date="2024-06-03", keep_implausible=True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Kreml nannte die Entscheidung der Schweiz einen Rückschlag.", ("111", "RUS", "CHE")),
        ("Peking bezeichnete das Angebot Washingtons als Mogelpackung.", ("111", "CHN", "USA")),
        (
            "Die polnische Regierung hält das Urteil des Gerichts in Minsk für voreingenommen.",
            ("111", "POL", "BLR"),
        ),
        ("Frankreich wertete den Beschluss Londons als Rückschlag.", ("111", "FRA", "GBR")),
        (
            "Der französische Außenminister sprach von einer schweren Fehleinschätzung Berlins.",
            ("111", "FRA", "DEU"),
        ),
        (
            "Das Vorgehen Pekings sei eine Mogelpackung, erklärte die japanische Regierung.",
            ("111", "JPN", "CHN"),
        ),
        ("Der Kreml nannte das Angebot Kiews einen Propagandatrick.", ("111", "RUS", "UKR")),
        (
            "Die Entscheidung Frankreichs sei verfrüht, sagte der malische Außenminister.",
            ("111", "MLI", "FRA"),
        ),
        (
            "Die Regierung in Chişinău sei zu einem Anhängsel Brüssels verkommen, sagte der russische Außenminister.",
            ("111", "RUS", "MDA"),
        ),
    ],
)
def test_judgement_words_disapprove(text, expected):
    assert expected in {(code, source, target) for code, source, target, _ in events(text)}
