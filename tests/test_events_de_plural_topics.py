"""A plural "sie" takes up a subject that lists several sides, each of which acts
(`plural_topics.plural_topic_sides`)."""

from __future__ import annotations

from tests.event_tuples import coded_events


def _dyads(text: str) -> set[tuple]:
    return {(code[:2], source, target) for code, source, target, _ in coded_events(text, "2024-03-12", True)}


def test_plural_pronoun_continues_a_list_of_states():
    text = (
        "Estland und Finnland haben am Montag ihre Grenzübergänge zu Russland geschlossen. "
        "Außerdem forderten sie von Brüssel schärfere Sanktionen gegen Moskau."
    )
    dyads = _dyads(text)
    assert ("10", "EST", "IGOEUREEC") in dyads
    assert ("10", "FIN", "IGOEUREEC") in dyads


def test_plural_pronoun_continues_the_governments_of_two_capitals():
    text = (
        "Die Regierungen in Riga und Vilnius verurteilten den Angriff auf das Umspannwerk. "
        "Am Abend bestellten sie den chinesischen Botschafter ein."
    )
    sources = {source for code, source, target in _dyads(text) if code == "11" and target == "CHN"}
    assert sources == {"LVA", "LTU"}


def test_singular_pronoun_is_no_list():
    text = (
        "Estland und Finnland haben ihre Grenzübergänge zu Russland geschlossen. "
        "Die Kommission begrüßte den Schritt. Sie forderte Moskau auf, die Migranten zurückzunehmen."
    )
    sources = {source for code, source, _ in _dyads(text) if code == "10"}
    assert "EST" not in sources and "FIN" not in sources
