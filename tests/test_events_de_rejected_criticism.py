"""Rejected criticism (12x) is aimed at the critic only where the sentence names one (gold guidelines):
warnings, concerns, appeals, claims and demands rejected are criticism too, whoever voiced them just
before; a name right after the noun is its author, also where the tagger took it for a common noun."""

import pytest

from tests.event_tuples import events_of, state_of


def rejections(text: str) -> list[tuple]:
    """(code, source state, target state or IGO) of the rejections in the second sentence."""
    return [
        (e.code, state_of(e.source), e.target and (e.target.country or e.target.actor_code))
        for e in events_of(text, "2024-08-10")
        if e.evidence.sentence == 1 and e.code.startswith("12")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Japan warnte vor den Manövern im Südchinesischen Meer. Peking wies die Warnungen als Einmischung zurück.",
        "Indien zeigte sich besorgt über den Staudamm am Brahmaputra. Die Regierung in Peking wies die Sorgen zurück.",
        "Das russische Parlament rief Moldau zur Neutralität auf. Chişinău wies den Appell als Propaganda zurück.",
        "Ankara sprach von Provokationen in der Ägäis. Athen wies die Äußerungen entschieden zurück.",
        "Brüssel verlangte von Belgrad eine Anerkennung des Kosovo. Die serbische Regierung wies die Forderung zurück.",
    ],
)
def test_criticism_voiced_before_is_rejected_without_a_target(text):
    found = rejections(text)
    assert found and all(target is None for _, _, target in found)


def test_the_critic_named_in_the_sentence_is_the_target():
    text = "Japan warnte vor den Manövern. Peking wies die Warnungen aus Tokio als Einmischung zurück."
    assert any(target == "JPN" for _, _, target in rejections(text))


def test_the_author_named_right_after_a_demand_is_the_target():
    text = "Die Verhandlungen stockten. Das argentinische Präsidialamt wies die Forderung Madrids nach einer Entschuldigung zurück."
    assert any(target == "ESP" for _, _, target in rejections(text))
