"""An "es" that takes up a neuter thing the sentence before made or adopted (a law, a package, an
agreement) acts for the side that made it. Sentences of our own, through the whole pipeline."""

from functools import partial

from tests.event_tuples import coded_dyads, events_of

coded = partial(coded_dyads, date="2024-05-02")


def test_es_after_a_law_passed_before_is_the_lawmakers_side():
    found = coded(
        "Die Regierung in Tokio hat ein Gesetz verabschiedet. Es untersagt chinesischen Firmen den Kauf von Häfen."
    )
    assert any(code.startswith("16") and source == "JPN" for code, source, _ in found)


def test_the_empty_es_of_an_impersonal_verb_takes_up_nothing():
    # a guard: "Es gibt" names nobody, whatever the sentence before adopted
    events = events_of(
        "Russland hat das Abkommen mit Georgien gekündigt. Es gibt nun keine Sanktionen mehr.", "2024-05-02"
    )
    assert not [event for event in events if event.evidence.text.startswith("Es gibt")]
