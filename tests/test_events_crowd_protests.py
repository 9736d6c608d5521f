"""Protest by crowds (root 14): who protests where the parse loses the crowd (also as an apposition
of the place or an oblique), and against whom a crowd protests that names no one; a state that protests
complains officially (114). New sentences, not from any gold set."""

from functools import partial

import pytest

from lagebild.events.arguments import ActorIndex, actor_of
from lagebild.events.crowd_sources import crowd_sources, home_target
from lagebild.events.lexicon import german_lexicon
from lagebild.events.triggers import verb_trigger
from lagebild.pipeline import get_pipeline
from tests.event_tuples import actor_code_events, events_of, state_of


def _pairs(text: str) -> set[tuple[str | None, str, str | None]]:
    return {
        (state_of(e.source), e.code, state_of(e.target))
        for e in events_of(text, "2026-11-01")
        if e.modality == "asserted"
    }


def _protest(text: str):
    """The parsed sentence's actors and its first protest-verb trigger."""
    doc = get_pipeline("de").make_doc(text)
    doc._.language = "de"
    doc = get_pipeline("de")(doc)
    lexicon = german_lexicon()
    triggers = [verb_trigger(t, t.sent, lexicon) for t in doc]
    trigger = next(t for t in triggers if t is not None and t.entry.code.startswith("14"))
    return trigger, ActorIndex(doc)


_actor_codes = partial(actor_code_events, date="2024-05-01")


def _codes(spans) -> list[str]:
    return [actor_of(s).actor_code for s in spans]


def test_crowd_next_to_the_place_protests_for_that_state():
    trigger, actors = _protest(
        "Gestern demonstrierten in Bukarest Tausende vor dem Parlament gegen das Sparpaket."
    )
    assert _codes(crowd_sources(trigger, actors)) == ["ROUCVL"]


def test_crowd_of_the_first_verb_protests_in_the_place_of_that_verb():
    trigger, actors = _protest(
        "Tausende zogen in Nairobi durch die Innenstadt und protestierten gegen Uganda."
    )
    assert _codes(crowd_sources(trigger, actors)) == ["KENCVL"]


def test_no_crowd_source_without_a_place():
    trigger, actors = _protest("Am Abend protestierten erneut Tausende gegen das Sparpaket.")
    assert crowd_sources(trigger, actors) == []


def test_crowd_behind_a_clause_boundary_is_not_the_protester():
    trigger, actors = _protest("In Lima, wo Hunderte zusahen, demonstrierte die Opposition.")
    assert all(actor_of(s).actor_code != "PERCVL" for s in crowd_sources(trigger, actors))


def test_a_crowd_naming_no_one_protests_against_its_own_government():
    trigger, actors = _protest("Am Abend demonstrierten in Bukarest Tausende gegen das Sparpaket.")
    (crowd,) = crowd_sources(trigger, actors)
    assert actor_of(home_target(trigger, crowd, None, actors)).actor_code == "ROUGOV"


def test_a_crowd_at_a_foreign_mission_protests_against_that_state():
    trigger, actors = _protest("In Warschau demonstrierten Hunderte vor russischen Konsulaten.")
    (crowd,) = crowd_sources(trigger, actors)
    assert actor_of(home_target(trigger, crowd, None, actors)).country == "RUS"


def test_the_coder_codes_a_home_crowd_protest_against_its_government():
    pairs = _pairs("Gestern demonstrierten in Bukarest Tausende vor dem Parlament gegen das Sparpaket.")
    assert ("ROU", "141", "ROU") in pairs


def test_the_coder_codes_a_protest_at_a_foreign_mission_against_that_state():
    assert ("POL", "141", "RUS") in _pairs("In Warschau demonstrierten Hunderte vor russischen Konsulaten.")


@pytest.mark.parametrize(
    "text",
    [
        # the crowd parsed as an apposition of the place or as an oblique: no one named protests
        "In Tiflis protestierten am Abend Tausende vor dem Parlament gegen das Gesetz.",
        "In Warschau protestierten Hunderte gegen die Justizreform der Regierung.",
    ],
)
def test_a_crowd_protests_on_the_street(text):
    codes = [code for code, _, _ in _actor_codes(text)]
    assert any(code.startswith("14") for code in codes)
    assert "114" not in codes


def test_a_state_that_protests_complains_officially():
    events = _actor_codes("China protestierte scharf gegen die Durchfahrt des amerikanischen Zerstörers.")
    assert [(code, source) for code, source, _ in events] == [("114", "CHN")]


def test_a_protest_lodged_with_an_embassy_stays_official():
    events = _actor_codes(
        "Die Regierung in Vilnius protestierte bei der russischen Botschaft gegen die Festnahme."
    )
    assert ("114", "LTUGOV", "RUSGOV") in events
    assert not any(code.startswith("14") for code, _, _ in events)
