"""People deported by the thousand are a mass expulsion (201); a handful or hundreds stay the deportation
of individuals (174) (`mass_expulsions.py`)."""

import pytest

from tests.event_tuples import coded_events


def _codes(text: str) -> list[str]:
    return [code for code, _, _, _ in coded_events(text, "2024-05-01")]


@pytest.mark.parametrize(
    "text",
    [
        "Schon jetzt hat Iran seit Jahresbeginn Hunderttausende Afghanen abgeschoben.",
        "Die Türkei hat 2.500 Syrer abgeschoben.",
        "Die Dominikanische Republik hat allein im November mehr als 30 000 Haitianer abgeschoben.",
    ],
)
def test_deportations_by_the_thousand_are_mass_expulsions(text):
    codes = _codes(text)
    assert "201" in codes
    assert "174" not in codes


@pytest.mark.parametrize(
    "text",
    [
        "Deutschland schob im Jahr 2023 28 afghanische Straftäter nach Kabul ab.",
        "Polen schob mehrere Migranten nach Belarus ab.",
    ],
)
def test_deportations_of_few_stay_expulsions_of_individuals(text):
    codes = _codes(text)
    assert "174" in codes
    assert "201" not in codes


def _searched_objects(monkeypatch, sentence: str, form: str):
    """(the verbs whose clause was walked for objects, the trigger) for the form in the sentence."""
    from lagebild.events import triggers
    from lagebild.events.lexicon import german_lexicon
    from lagebild.pipeline import get_pipeline

    verb = next(t for t in get_pipeline("de")(sentence) if t.text == form)
    searched = []
    original = triggers.object_nouns
    monkeypatch.setattr(triggers, "object_nouns", lambda verb: searched.append(verb.text) or original(verb))
    return searched, triggers.verb_trigger(verb, verb.sent, german_lexicon())


def test_object_nouns_are_looked_for_only_where_a_row_needs_them(monkeypatch):
    # every row of "griff" wants its particle ("an", "ein", "durch"): without one, no clause is walked
    searched, trigger = _searched_objects(monkeypatch, "Der Torwart griff im Regen nach dem Ball.", "griff")
    assert searched == [] and trigger is None
    searched, trigger = _searched_objects(monkeypatch, "Die Armee griff die Stadt mit Drohnen an.", "griff")
    assert searched == ["griff"] and trigger is not None


def test_a_killing_row_without_objects_still_counts_its_victims(monkeypatch):
    searched, trigger = _searched_objects(
        monkeypatch, "Die Miliz tötete im Norden des Landes mehr als 500 Zivilisten.", "tötete"
    )
    assert searched == ["tötete"] and trigger is not None and trigger.entry.code == "202"
