"""English coder: a target named past the verb's window when a preposition or a possessive marks it,
no target from an attribution or participle clause after a comma; a subject before an apposition or
relative clause; a refusal that absorbs the refused act."""

from __future__ import annotations

from lagebild.analysis import analyze


def _events(text: str) -> list[tuple]:
    analysis = analyze(text, date="2024-05-06", lang="en")
    return [
        (e.code, e.source.country if e.source else None, e.target.country if e.target else None)
        for e in analysis.events
    ]


def test_rejection_target_at_the_end_of_a_long_object():
    text = (
        "Ethiopia on Wednesday rejected a request from the regional bloc for its peacekeeping troops "
        "to be stationed in Somalia."
    )
    assert ("120", "ETH", "SOM") in _events(text)


def test_threat_target_after_a_long_infinitive_object():
    text = (
        "The Kenyan government threatened on Monday to impose strict new limits on the number of "
        "trucks and traders that cross the border from Uganda."
    )
    assert ("137", "KEN", "UGA") in _events(text)


def test_possessive_names_the_target_of_a_protest():
    text = (
        "Angry Chilean students protested on Sunday in the capital over rising tuition fees and what "
        "they see as broken promises by Chile's education ministry."
    )
    assert ("140", "CHL", "CHL") in _events(text)


def test_no_far_target_from_a_participle_clause():
    events = _events("Canada condemned the attack on Monday, saying it showed contempt for Mexico's laws.")
    assert [e for e in events if e[0].startswith("11")] == [("111", "CAN", None)]


def test_no_far_target_from_an_attribution():
    text = (
        "Norway on Monday agreed to a twelve-month extension of its naval mission, officials told "
        "reporters in Denmark."
    )
    assert all(target != "DNK" for _, _, target in _events(text))


def test_apposition_does_not_use_up_the_subject_window():
    text = "Chile, one of the closest partners of the United States, has refused to send troops to Haiti."
    assert ("121", "CHL", "HTI") in _events(text)


def test_relative_clause_does_not_hide_the_subject():
    text = "Brazil, which hosted the summit last year in its beautiful capital city, condemned Venezuela on Monday."
    assert ("111", "BRA", "VEN") in _events(text)


def test_refusal_absorbs_the_refused_intent():
    text = "Pakistan has refused to deploy peacekeepers in Iraq."
    events = _events(text)
    assert ("120", "PAK", "IRQ") in events
    assert all(not code.startswith("03") for code, _, _ in events)


def test_readiness_to_act_is_an_intent():
    # CAMEO and the German gold ("sei bereit, … zu verhandeln" = 036 asserted): willingness is an
    # asserted intent (035 intent to yield), not the withdrawal in the future
    analysis = analyze(
        "Syria says it is willing to withdraw its troops from Lebanon.", date="2024-05-06", lang="en"
    )
    assert [(e.code, e.modality) for e in analysis.events if e.code[:2] in ("03", "08")] == [
        ("035", "asserted")
    ]
