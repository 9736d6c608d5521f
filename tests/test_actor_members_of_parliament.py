"""Members of parliament named without article or state ("Abgeordnete verlangten …") are the
parliament's of the state the passage is about; they place no other body. New sentences, not from
any gold set."""

import lagebild


def _sources(text: str) -> set[str | None]:
    events = lagebild.analyze(text, date="2026-11-01", lang="de").events
    return {e.source.country for e in events if e.source is not None}


def test_bare_members_of_parliament_act_for_the_story_state():
    text = (
        "Der Iran hat die Zusammenarbeit mit der Atombehörde eingeschränkt. "
        "Abgeordnete verlangten, den Inspekteuren den Zugang zu verweigern."
    )
    assert "IRN" in _sources(text)


def test_several_members_of_parliament_in_the_capital():
    assert "TUR" in _sources(
        "In Ankara tagte das Parlament. Mehrere Abgeordnete kritisierten die Regierung scharf."
    )


def test_members_of_parliament_do_not_place_the_police():
    text = (
        "In Chisinau protestierten Tausende gegen die Regierung. Gegen zwei prorussische Abgeordnete "
        "wurde ermittelt. Die Polizei nahm mehrere Demonstranten fest."
    )
    assert "RUS" not in _sources(text)
