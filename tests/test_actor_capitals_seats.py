"""Which words a following capital places in its state ("der Sprecher in Ankara" speaks for Turkey) and
which it only locates (`pipeline/actor_capitals.py`): an institution or office is seated there, a
mission or envoy is posted abroad, and a citizen or journalist holds no office."""

import pytest

from lagebild.pipeline.actor_capitals import _seated_there, seated_office


@pytest.mark.parametrize("word", ["Regierung", "Regime", "Militärgericht", "Außenministerium"])
def test_an_institution_is_seated_in_the_capital_but_is_no_office(word):
    assert _seated_there(word)
    assert not seated_office(word)


@pytest.mark.parametrize("word", ["Sprecher", "Präsident"])
def test_an_office_of_no_named_state_is_seated_in_the_capital(word):
    assert _seated_there(word)
    assert seated_office(word)


@pytest.mark.parametrize(
    "word", ["Botschafter", "Botschaft", "Botschaftssprecher", "Gesandter", "Diplomaten"]
)
def test_a_mission_or_envoy_is_posted_abroad_whatever_its_office(word):
    assert not _seated_there(word)
    assert not seated_office(word)


@pytest.mark.parametrize("word", ["Journalist", "Bürger"])
def test_a_journalist_or_citizen_holds_no_seated_office(word):
    assert not _seated_there(word)
    assert not seated_office(word)
