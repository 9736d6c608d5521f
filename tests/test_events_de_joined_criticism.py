"""A bystander's criticism that names no target, right after a third party criticised someone, joins
that criticism: it is aimed at the one criticised, not at the critic who was merely the last actor
named (`context_targets._criticised_by`). New sentences, not from any gold set."""

from tests.event_tuples import events_of, state_of


def _targets(text: str, source: str, root: str) -> set[str | None]:
    return {
        state_of(e.target)
        for e in events_of(text, "2026-11-01")
        if state_of(e.source) == source and e.code.startswith(root)
    }


def test_a_bystanders_condemnation_joins_the_criticism_before_it():
    text = (
        "Iran hat am Sonntag eine Mittelstreckenrakete getestet. UN-Generalsekretär Guterres forderte "
        "ein Ende der Tests. Riad verurteilte den Test."
    )
    assert _targets(text, "SAU", "11") == {"IRN"}


def test_the_criticised_side_still_answers_its_critic():
    text = "Washington verurteilte Caracas wegen der Festnahmen. Venezuela protestierte."
    assert _targets(text, "VEN", "11") == {"USA"}
