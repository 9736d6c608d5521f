"""The clause between punctuation marks around a word (event_clauses.surface_clause) is found once per
word while the coder runs and read again by the modality rules: the same clause, the same modality."""

from __future__ import annotations

from lagebild import analyze
from lagebild.events.arguments import remembered
from lagebild.events.event_clauses import SURFACE_CLAUSES, surface_clause
from lagebild.pipeline import get_pipeline

FEARED = "In Warschau wächst die Sorge, Moskau könnte die Gaslieferungen an Polen stoppen."


def test_remembered_clause_is_the_clause_found_without_memo():
    doc = get_pipeline("de")(FEARED)
    found = [(surface_clause(t).start, surface_clause(t).end) for t in doc]
    with remembered(doc, SURFACE_CLAUSES):
        assert [(surface_clause(t).start, surface_clause(t).end) for t in doc] == found
        assert len(doc.user_data[SURFACE_CLAUSES]) == len(doc)
    assert SURFACE_CLAUSES not in doc.user_data
    stop = next(t for t in doc if t.text == "stoppen")
    assert surface_clause(stop).text == "Moskau könnte die Gaslieferungen an Polen stoppen."


def test_feared_cut_off_stays_hypothetical():
    events = analyze(FEARED, date="2024-05-10", lang="de").events
    assert [(e.code, e.modality, e.source.actor_code) for e in events] == [("163", "hypothetical", "RUSGOV")]


def test_told_attack_stays_asserted():
    events = analyze("Russland griff am Montag die Ukraine an.", date="2024-05-10", lang="de").events
    assert [(e.code, e.modality, e.target.actor_code) for e in events] == [("190", "asserted", "UKR")]
