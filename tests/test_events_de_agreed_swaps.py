"""A prisoner exchange two sides agree on is also the exchange to come, 0841 future between them, besides the
agreement (057); an exchange of ambassadors is no release (`agreed_swaps.py`). Sentences of our own."""

from functools import partial

import pytest

from tests.event_tuples import coded_events

_events = partial(coded_events, date="2025-05-16")


@pytest.mark.parametrize(
    "text",
    [
        "Aserbaidschan und Armenien haben in Genf einen Austausch von jeweils fünfzig Kriegsgefangenen vereinbart.",
        "Baku und Eriwan verständigten sich auf einen Gefangenenaustausch vor dem Jahresende.",
        "Aserbaidschan und Armenien vereinbarten einen Austausch von Festgenommenen.",
    ],
)
def test_an_agreed_prisoner_exchange_is_the_release_to_come(text):
    events = _events(text)
    assert ("0841", "AZE", "ARM", "future") in events
    assert ("0841", "ARM", "AZE", "future") in events


def test_an_agreed_exchange_of_ambassadors_releases_no_one():
    events = _events("Kolumbien und Venezuela vereinbarten den Austausch von Botschaftern.")
    assert not [e for e in events if e[0] == "0841"]


@pytest.mark.parametrize(
    "second",
    [
        "Ein weiterer Austausch soll noch im Juni folgen.",
        "Am Freitag sollen erneut jeweils hundert Kriegsgefangene ausgetauscht werden.",
    ],
)
def test_an_exchange_that_names_no_sides_is_one_of_the_sides_of_the_exchange_before(second):
    text = f"Aserbaidschan und Armenien haben am Montag jeweils fünfzig Gefangene ausgetauscht. {second}"
    events = [e for e in _events(text) if e[0] == "0841"]
    assert events.count(("0841", "AZE", "ARM", "future")) == 1
    assert events.count(("0841", "ARM", "AZE", "future")) == 1


def test_the_exchange_told_of_before_is_not_coded_again():
    text = (
        "Aserbaidschan und Armenien haben am Montag jeweils fünfzig Gefangene ausgetauscht. "
        "Es war der größte Austausch seit dem Krieg."
    )
    events = [e for e in _events(text) if e[0] == "0841"]
    assert len(events) == 2  # the exchange of the first sentence, both ways
