"""How the English coder reads verbs in context: patterns scoped to their verb, willingness and
decisions before infinitives, conditional threats, participles and adverbs, clause subjects. Every
sentence goes through the real English pipeline (`lagebild.analyze`)."""

from __future__ import annotations

from functools import partial

import pytest

from lagebild.events.petrarch_lexicon import petrarch_lexicon
from tests.event_tuples import country_events

_events = partial(country_events, date="2024-03-05", lang="en")


def _codes(text: str) -> list[str]:
    return [code for code, *_ in _events(text)]


def test_a_phrasal_pattern_holds_only_for_its_own_verb():
    # WELCOME's "(TO)" pattern means hosting; praising someone's efforts to act is praise
    assert _events("Germany praised Kenya's efforts to curb corruption.")[0] == (
        "051",
        "DEU",
        "KEN",
        "asserted",
    )
    # "head to" (an intent) is no reading of "ordered … to"
    assert _codes("Egypt ordered Sudan to close the border crossing.")[0] == "100"


def test_phrasal_patterns_are_marked_in_the_compiled_dictionary():
    lexicon = petrarch_lexicon()
    ordered = next(f for f in lexicon.by_word["ordered"] if lexicon.code_of(f) == "100")
    codes = {p.code for p in lexicon.patterns_for(ordered)}
    assert "030" not in codes  # "- * TO [030]  # HEAD" belongs to "head"
    assert "174" in codes  # "- * EXPULSION [174]" holds for every verb of the block


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Syria says it is willing to withdraw its troops from Lebanon.", ("035", "SYR", "LBN", "asserted")),
        ("Turkey is ready to meet Greece next week.", ("036", "TUR", "GRC", "asserted")),
        ("Iran is not willing to meet the United States.", ("125", "IRN", "USA", "asserted")),
    ],
)
def test_willingness_before_an_infinitive_is_an_intent(text, expected):
    assert expected in _events(text)


def test_a_decision_is_the_act_itself():
    # the release (084, or its 0841 for prisoners) asserted, the decision itself not coded
    events = _events("The Kenyan government decided to release Ugandan prisoners.")
    assert [(code[:3], source, modality) for code, source, _, modality in events] == [
        ("084", "KEN", "asserted")
    ]


def test_a_vow_of_force_is_a_threat():
    assert _events("Armenia vowed to attack Azerbaijan.") == [("138", "ARM", "AZE", "asserted")]


def test_a_hostile_act_announced_on_a_condition_is_also_a_threat():
    events = _events("Nigeria will withdraw its peacekeepers from Chad unless the fighting stops.")
    assert ("131", "NGA", "TCD", "asserted") in events
    assert ("1661", "NGA", "TCD", "future") in events
    # the act stands in the condition itself: no threat
    assert all(code[:2] != "13" for code in _codes("If Chad attacks, Nigeria withdraws its peacekeepers."))


def test_an_act_announced_in_the_future_tense_is_also_an_intent_or_a_threat():
    # CAMEO codes the announcement: intent to provide aid (033), threat to cut relations (131)
    assert _events("Japan will send food aid to Kenya.") == [
        ("070", "JPN", "KEN", "future"),
        ("033", "JPN", "KEN", "asserted"),
    ]
    assert ("131", "NGA", "TCD", "asserted") in _events("Nigeria will withdraw its peacekeepers from Chad.")
    # "would" announces in reported speech only
    assert ("137", "TUR", "CYP", "asserted") in _events(
        "Turkish officials said they would impose an embargo on Cyprus."
    )
    assert _codes("Sweden would send aid to Kenya if it could.") == ["070"]
    assert _codes("Syria sent food aid to Lebanon.") == ["070"]


def test_keeping_up_a_hunger_strike_is_a_protest():
    assert ("142", "POL", "POL", "asserted") in _events("Polish nurses continued their hunger strike.")
    assert _codes("Israel continued its offensive in Gaza.")[0] == "190"


def test_an_adverb_between_subject_and_verb():
    assert _events("Serbian police routinely beat up Albanian protesters.") == [
        ("190", "SRB", "ALB", "asserted")
    ]
    assert ("125", "BEN", "TGO", "asserted") in _events("Benin was still refusing talks with Togo.")


def test_compound_adjectives_and_participles_are_no_verbs():
    assert _codes("Britain sent food aid to war-torn Sudan.") == _codes("Britain sent food aid to Sudan.")
    # "rebels armed with rifles": a participle, not Uganda arming anybody
    assert all(
        code[:2] != "06" for code in _codes("Kenya attacked a camp of Ugandan rebels armed with rifles.")
    )


def test_a_statement_paper_introduces_a_participle_verb():
    assert ("100", "IRQ", "TUR", "asserted") in _events(
        "Iraq issued a statement demanding that Turkey withdraw its troops."
    )


def test_a_purpose_infinitive_has_the_subject_of_its_verb():
    events = _events("Egypt will visit Israel and Jordan to mediate in the dispute.")
    # mediation (045, or 039 where a pattern reads it as an offer to mediate) by the visitor
    assert {source for code, source, _, _ in events if code in ("039", "045")} == {"EGY"}


def test_a_subordinate_clause_with_its_own_subject():
    # the opposition, not the president, threatened; it is no KB actor, so no threat is coded
    events = _events("The Georgian president resigned as the opposition threatened to storm the parliament.")
    assert all(code[:2] != "13" for code, *_ in events)


def test_titles_before_names_and_far_obligations():
    assert ("100", "ZWE", "ZWE", "asserted") in _events(
        "Opposition groups in Zimbabwe demanded that President Mugabe abandon his policy."
    )
    assert ("100", "GBR", "SDN", "asserted") in _events(
        "Britain said on Friday that the Sudanese government and the rebels in the west must reach an agreement."
    )


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Poland summoned the Russian ambassador on Monday.", "114"),
        ("Serbia dismissed an appeal from Croatia.", "120"),
        ("French farmers blocked the bridge to Germany.", "144"),
        ("Japan mobilized troops against North Korea.", "154"),
        ("Italy announced a suspension of flights to Serbia.", "160"),
        ("Kenya issued a statement condemning Uganda.", "111"),
    ],
)
def test_newsroom_senses_added_to_the_dictionary(text, code):
    assert code in _codes(text)


def test_sworn_in_is_no_accusation():
    assert all(
        code[:2] != "11" for code in _codes("Kenya's president was sworn in by the Kenyan parliament.")
    )


def test_an_of_phrase_does_not_take_the_subject():
    sources = {
        source for code, source, _, _ in _events("The Turkish and Greek sides of Cyprus agreed to meet.")
    }
    assert sources == {"TUR", "GRC"}
