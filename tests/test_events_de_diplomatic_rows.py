"""Common diplomatic wordings the German coder had no reading for (issue 7, session 43): an act expected of
another side is a demand (100, `lexicon_de/10_demand.tsv`: "erwarte von Minsk, dass …", "erwartet, dass Ankara
…"), where an expectation that asks no one for an act is a forecast or a guest awaited, no demand
(`expectations.forecast`)."""

from functools import partial

import pytest

from tests.event_tuples import coded_events

events = partial(coded_events, date="2024-06-03", keep_implausible=True)


@pytest.mark.parametrize(
    "text, event",
    [
        (
            "Litauen erwarte von Belarus, dass es die Grenze wieder öffne, sagte der Minister.",
            ("100", "LTU", "BLR", "asserted"),
        ),
        (
            "Die Regierung in Oslo erwartet, dass Moskau die Fischereirechte achtet.",
            ("100", "NOR", "RUS", "asserted"),
        ),
        (
            "Ein Sprecher des polnischen Außenministeriums sagte, man erwarte von Minsk, die Interessen Polens zu berücksichtigen.",
            ("100", "POL", "BLR", "asserted"),
        ),
    ],
)
def test_an_act_expected_of_another_side_is_demanded(text, event):
    assert event in events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Bundesregierung erwartet im kommenden Jahr ein Wachstum von zwei Prozent.",
        "Die Ukraine erwartet im Winter weitere Angriffe Russlands.",
        "Frankreich erwartet den Besuch des indischen Premiers im Herbst.",
        "Der chinesische Außenminister wird im Juni in Berlin erwartet.",
    ],
)
def test_an_expectation_that_asks_no_one_for_an_act_is_no_demand(text):
    assert not any(code.startswith("10") for code, *_ in events(text))
