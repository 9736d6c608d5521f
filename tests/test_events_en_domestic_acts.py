"""English: threats aimed at the subject of their condition, measures and police acts at home,
ethnic groups placed in the state they live in, ranks before an office, and dictionary supplement
rows (expelling inspectors, mounting an invasion, blocking transport)."""

from __future__ import annotations

from lagebild.events.english import code_english_events
from lagebild.pipeline import get_pipeline
from tests.entity_mentions import english_entity_states


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = get_pipeline("en")(text)
    return [
        (event.code, _country(event.source), _country(event.target) if event.target is not None else None)
        for event in code_english_events(doc)
    ]


def _country(span) -> str | None:
    actor = span._.actor or (span._.antecedent._.actor if span._.antecedent is not None else None)
    return actor.country if actor is not None else None


def test_a_threat_is_aimed_at_the_subject_of_its_condition():
    # the condition stands past the words where the threatened act's own object is looked for
    events = _events(
        "Turkey has threatened to stop negotiations to reduce long-standing import tariffs on olive oil "
        "and cotton if Greece resumes drilling near the islands."
    )
    assert any(
        code.startswith("13") and source == "TUR" and target == "GRC" for code, source, target in events
    )


def test_lifting_a_curfew_is_aimed_at_the_governments_own_state():
    events = _events("The Kenyan government lifted the curfew on Tuesday.")
    assert any(code.startswith("081") and target == "KEN" for code, _, target in events)


def test_police_force_against_people_it_does_not_name_stays_at_home():
    events = _events("Ghanaian police opened fire to scatter the crowd on Friday.")
    assert events
    assert all(target == "GHA" for _, source, target in events if source == "GHA")


def test_ethnic_group_takes_the_state_it_lives_in():
    events = _events("Up to 200 ethnic Hungarians demonstrated on Sunday in Romania.")
    assert ("141", "ROU", "ROU") in events


def test_demonym_without_ethnic_keeps_its_state():
    countries = english_entity_states("Up to 200 Hungarians demonstrated on Sunday in Romania.")
    assert countries["Hungarians"] == "HUN"


def test_rank_between_nationality_and_office_keeps_the_owner():
    countries = english_entity_states("Ghanaian junior foreign minister Kwame Osei met the delegation.")
    assert countries["Kwame Osei"] == "GHA"


def test_expelling_inspectors_is_expelling_a_mission():
    events = _events("Iran expelled inspectors of the International Atomic Energy Agency last week.")
    assert ("1662", "IRN", None) in [(c, s, None) for c, s, _ in events]


def test_mounting_an_invasion_is_military_force():
    assert ("190", "ETH", "SOM") in _events("Ethiopia mounted its long-planned invasion of Somalia.")


def test_blocking_transport_is_obstruction():
    events = _events("Rebels in Mali blocked transport into Bamako on Monday.")
    assert any(code == "144" for code, _, _ in events)


def test_an_embassy_in_a_capital_names_the_host_state():
    events = _events("Chile opened a new embassy in Hanoi on Monday.")
    assert any(source == "CHL" and target == "VNM" for _, source, target in events)


def test_ending_mediation_efforts_is_halting_mediation():
    events = _events("Egyptian envoys ended mediation efforts between the rival factions on Sunday.")
    assert [code for code, _, _ in events] == ["165"]
