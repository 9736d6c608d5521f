"""A "dass" clause in the old spelling "daß" is a content clause like any other
(`event_clauses.content_clause`, shared by `expectations`, `trigger_readings` and `speculation`;
`sentence_rules` and `framing_clauses` read the same marks): what is expected of another side in such a
clause is demanded, a feared development is no event. New sentences."""

from functools import partial

import pytest

from lagebild.events.event_clauses import content_clause
from lagebild.events.modality_words import CONTENT_MARKS
from lagebild.pipeline import get_pipeline
from tests.event_tuples import coded_events

events = partial(coded_events, date="2024-06-03", keep_implausible=True)


@pytest.mark.parametrize("mark", ["dass", "daß"])
def test_an_act_expected_of_another_side_in_either_spelling_is_demanded(mark):
    # the parse hangs the clause on "erwartet" as an adverbial clause (advcl)
    text = f"Die Regierung in Oslo erwartet, {mark} Moskau seine Truppen aus der Region abzieht."
    assert ("100", "NOR", "RUS", "asserted") in events(text)


def test_a_development_feared_in_the_old_spelling_is_no_event():
    text = "Die Regierung in Riga befürchtet seit Wochen, daß der Streit eskalieren könnte."
    assert events(text) == []


@pytest.mark.parametrize("mark", ["dass", "daß"])
def test_a_protest_left_out_in_an_ohne_clause_is_negated_in_either_spelling(mark):
    text = (
        f"Die Türkei schickte ein Forschungsschiff in griechische Gewässer, ohne {mark} Athen protestierte."
    )
    assert ("114", "GRC", "TUR", "negated") in events(text)
    assert ("114", "GRC", "TUR", "asserted") not in events(text)


def _clause_of(text: str, verb: str):
    doc = get_pipeline("de")(text)
    head = next(t for t in doc if t.text == verb)
    return next(c for c in head.children if c.dep_ in ("ccomp", "advcl"))


def test_a_that_clause_in_either_spelling_is_a_content_clause_and_a_whether_clause_only_where_asked_for():
    that = _clause_of("Die Regierung in Oslo erwartet, daß Moskau seine Truppen abzieht.", "erwartet")
    assert content_clause(that)
    whether = _clause_of("Die Regierung in Oslo fragt, ob Moskau seine Truppen abzieht.", "fragt")
    assert not content_clause(whether)
    assert content_clause(whether, CONTENT_MARKS)
