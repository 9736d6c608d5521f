"""Separable verbs that share a finite form ("führte … durch", "führte … aus"): the form is recognised
with each of its particles, and not as the verb without one; the subject of the particle verb performs
the act."""

from functools import partial

from lagebild.events.noun_agents import PERFORMING_VERBS
from lagebild.pipeline import get_pipeline
from tests.event_tuples import event_dicts, root_dyads

_events = partial(event_dicts, date="2024-03-01")


def test_a_finite_form_is_recognised_with_each_of_its_particles():
    doc = get_pipeline("de")("Die Polizei führte die Kontrollen durch, die Armee führte den Befehl aus.")
    durch, aus = (t for t in doc if t.lower_ == "führte")
    assert durch in PERFORMING_VERBS  # "führte … durch" as well as "führte … aus"
    assert aus in PERFORMING_VERBS


def test_a_finite_form_without_its_particle_is_not_the_verb():
    doc = get_pipeline("de")("Die Straße führte zum Flughafen.")
    assert next(t for t in doc if t.lower_ == "führte") not in PERFORMING_VERBS


def test_the_subject_of_fuehrte_durch_performs_the_raid():
    events = _events("Die russische Polizei führte eine Razzia gegen die Opposition durch.")
    assert ("RUS", "RUS", "asserted") in root_dyads(events, "17")


def test_a_preposition_before_an_opening_quotation_mark_is_no_particle():
    # "mit" governs the quoted words; read as a stranded particle it would make "drohte" the verb "mitdrohen"
    events = _events("Peking drohte London mit „entsprechenden Gegenmaßnahmen“.")
    assert ("CHN", "GBR", "asserted") in root_dyads(events, "13")


def test_a_particle_before_a_closing_quotation_mark_is_still_one():
    events = _events("„Wir lehnen den Vorschlag aus Washington ab“, sagte Lawrow.")
    assert ("RUS", "USA", "asserted") in root_dyads(events, "12")
