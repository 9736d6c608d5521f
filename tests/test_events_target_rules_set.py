"""A target set after the cascade carries the rule that found it (`annotations.aimed_at`): a stage that
supplies a target where the coder found none records it as derived, not as "none", which the target
ranker would drop or replace as if the event had no target."""

from lagebild.analysis import get_pipeline
from lagebild.events.arguments import side_of
from lagebild.pipeline.annotations import TARGET_DERIVED, TARGET_NONE, TARGET_PARSED, EventInfo, aimed_at


def _doc(text: str):
    nlp = get_pipeline("de")
    doc = nlp.make_doc(text)
    doc._.article_date = "2024-05-10"
    doc._.language = "de"
    return nlp(doc)


def _coded(text: str) -> list[tuple]:
    """(code, source side, target side, target rule, modality) of every event the coder leaves."""
    return [
        (e.code, side_of(e.source), e.target is not None and side_of(e.target), e.target_rule, e.modality)
        for e in _doc(text)._.events
    ]


def _bare_event(doc, rule: str, target=None) -> EventInfo:
    sentence = next(iter(doc.sents))
    return EventInfo(
        code="042",
        modality="asserted",
        trigger=sentence[1:2],
        evidence=sentence,
        confidence=0.5,
        source=doc.ents[0],
        target=target,
        target_rule=rule,
    )


def test_a_target_set_where_there_was_none_is_derived_unless_told_otherwise():
    doc = _doc("Polen besuchte Litauen.")
    untargeted = _bare_event(doc, TARGET_NONE)
    assert aimed_at(untargeted, doc.ents[1]).target_rule == TARGET_DERIVED
    assert aimed_at(untargeted, doc.ents[1], TARGET_PARSED).target_rule == TARGET_PARSED


def test_the_same_target_keeps_its_rule_and_no_target_is_none():
    doc = _doc("Polen besuchte Litauen.")
    parsed = _bare_event(doc, TARGET_PARSED, doc.ents[1])
    assert aimed_at(parsed, doc[2:3], code="043").target_rule == TARGET_PARSED
    assert aimed_at(parsed, None).target_rule == TARGET_NONE
    assert aimed_at(parsed, doc.ents[0]).target_rule == TARGET_DERIVED


def test_a_denied_deed_aimed_at_whom_it_hit_is_derived():
    found = _coded(
        "Israel griff am Sonntag Ziele in Syrien an. Die Regierung in Damaskus bestritt jede Beteiligung "
        "an dem Angriff."
    )
    assert ("190", "SYR", "ISR", TARGET_DERIVED, "negated") in found


def test_an_act_of_the_one_thanked_is_derived_from_the_thanks():
    found = _coded("Der ungarische Regierungschef dankte Aserbaidschan für den Besuch.")
    assert ("042", "AZE", "HUN", TARGET_DERIVED, "asserted") in found
