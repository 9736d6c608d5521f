"""Charges the German lexicon had no reading for (issue 7, session 49): "sprach von einem Versuch, …", "von
einer gezielten Blockade", "von Zensur", "von einer Störung" accuse the side behind the act (112), as an attack
laid at a side's door ("schreibt den Anschlag dem Geheimdienst zu") or a side held responsible ("hält den
Kronprinzen für verantwortlich") does. Retaliation spoken of names no one's fault, and a text credited to its author
("ein Aufruf, der der Präsidentin zugeschrieben wird") charges no one. An agreement, a charter or trust one side is
said to have broken ("habe die Vereinbarung gebrochen, sagte …") is a rule broken, charged by the speaker, not a
break of relations (160)."""

from functools import partial

import pytest

from tests.event_tuples import coded_events

events = partial(coded_events, date="2024-06-03", keep_implausible=True)


def dyads(text: str) -> set[tuple]:
    return {(code, source, target) for code, source, target, _ in events(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der litauische Außenminister sprach von einem Versuch Moskaus, die Wahl zu beeinflussen.",
            ("112", "LTU", "RUS"),
        ),
        ("Paschinjan sprach von einer gezielten Blockade durch Aserbaidschan.", ("112", "ARM", "AZE")),
        (
            "Die estnische Regierung sprach von einer russischen Störung der Satellitennavigation.",
            ("112", "EST", "RUS"),
        ),
        (
            "Die polnische Regierung schreibt den Brandanschlag dem russischen Geheimdienst zu.",
            ("112", "POL", "RUS"),
        ),
        ("Washington hält den saudischen Kronprinzen für verantwortlich.", ("112", "USA", "SAU")),
        # an agreement broken, told in indirect speech: the speaker's charge, no break of relations (160)
        (
            "Aserbaidschan habe die Vereinbarung mehrfach gebrochen, sagte der armenische Regierungschef.",
            ("112", "ARM", "AZE"),
        ),
    ],
)
def test_charge_is_coded(text, expected):
    assert expected in dyads(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Armeeführung in Islamabad sprach von Vergeltung für die Raketenschläge Indiens.",
        "Die Opposition verbreitete einen Aufruf, der der Präsidentin zugeschrieben wird.",
    ],
)
def test_no_charge(text):
    assert not any(code.startswith("112") for code, _, _ in dyads(text))


def test_broken_agreement_told_is_no_break_of_relations():
    text = "Aserbaidschan habe die Vereinbarung mehrfach gebrochen, sagte der armenische Regierungschef."
    assert not any(code.startswith("16") for code, _, _ in dyads(text))
