"""The sides of verbs the lexicon has rows for, where the parse hides them: a time the tagger took for a
person ("Mitte März unterzeichneten …"). Own sentences, through the whole pipeline."""

from functools import partial

from tests.event_tuples import coded_events

dyads = partial(coded_events, date="2024-03-05")


def roots(text: str) -> set[tuple]:
    """(CAMEO root, source, target) of every event coded in the text."""
    return {(code[:2], source, target) for code, source, target, _ in dyads(text)}


def test_a_time_taken_for_a_person_is_no_signatory():
    coded = roots("Mitte März unterzeichneten Kenia und Uganda ein Abkommen über den Grenzhandel.")
    assert {("05", "KEN", "UGA"), ("05", "UGA", "KEN")} <= coded
