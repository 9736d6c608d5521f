"""Force used at a place of the source's own state is done to that state's people or rebels: the
target is the source's own state, unless the clause names a foreigner. New sentences, not from any
gold set."""

import lagebild


def _triples(text: str) -> set[tuple[str | None, str, str | None]]:
    events = lagebild.analyze(text, date="2026-11-01", lang="de").events
    return {
        (e.source.actor_code if e.source else None, e.code, e.target.country if e.target else None)
        for e in events
    }


def test_fight_placed_in_the_own_state_targets_that_state():
    text = "In Kolumbien griffen Truppen der Regierung am Montag einen Stützpunkt nahe Cali an."
    assert ("COLGOV", "190", "COL") in _triples(text)


def test_firefight_in_a_city_of_the_own_state_targets_that_state():
    text = "In Peru lieferten sich Soldaten und Bewaffnete einer Drogenbande in Lima stundenlange Gefechte."
    assert ("PERMIL", "190", "PER") in _triples(text)


def test_a_named_foreigner_keeps_the_foreign_target():
    text = (
        "In Kolumbien griffen Truppen der Regierung am Montag einen Stützpunkt der venezolanischen Armee an."
    )
    triples = _triples(text)
    assert ("COLGOV", "190", "VEN") in triples
    assert ("COLGOV", "190", "COL") not in triples


def test_attack_placed_abroad_does_not_target_the_own_state():
    text = "Die kolumbianische Armee griff am Montag ein Lager in Venezuela an."
    assert not any(src == "COLMIL" and tgt == "COL" for src, _, tgt in _triples(text))
