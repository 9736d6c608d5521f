"""The English event coder (PETRARCH2 verb patterns on tokens) through the real English pipeline."""

from __future__ import annotations

import gzip
import json
from importlib import resources

import pytest

from lagebild.analysis import analyze
from lagebild.events import build_petrarch
from lagebild.events.english import code_english_events
from lagebild.pipeline import get_pipeline
from lagebild.pipeline.annotations import ActorRef


def _events(text: str):
    doc = get_pipeline("en")(text)
    return [
        (
            e.code,
            e.source._.actor.country,
            e.target._.actor.country if e.target is not None else None,
            e.modality,
        )
        for e in code_english_events(doc)
    ]


def _with_actors(text: str, names: dict[str, str]):
    """A doc whose actors are set by hand (invented states the actor KB cannot know)."""
    doc = get_pipeline("en")(text)
    spans = []
    for name in names:
        start = text.index(name)
        spans.append(doc.char_span(start, start + len(name), label="LOC"))
    doc.ents = spans
    for ent in doc.ents:
        ent._.actor = ActorRef(name=ent.text, kb_id=f"test:{ent.text}", country=names[ent.text])
    return [
        (e.code, e.source.text, e.target.text if e.target is not None else None)
        for e in code_english_events(doc)
    ]


def test_sanctions_with_source_and_target():
    assert _events("The United States imposed sanctions on Iran.") == [("163", "USA", "IRN", "asserted")]


def test_passive_takes_the_by_phrase_as_source():
    assert _events("Iran was attacked by Israel.") == [("190", "ISR", "IRN", "asserted")]


def test_negated_and_hypothetical():
    assert _events("Germany did not send weapons to Ukraine.") == [("072", "DEU", "UKR", "negated")]
    # refused for the future, the act is a rejection, asserted (`english_intent.apply_declared_refusal`)
    assert _events("Germany will not send weapons to Ukraine.") == [("122", "DEU", "UKR", "asserted")]
    # the reported act stays hypothetical; announcing it is a threat (`english_intent.announced_intent`)
    assert _events("Germany said it would impose sanctions on Russia.") == [
        ("163", "DEU", "RUS", "hypothetical"),
        ("131", "DEU", "RUS", "asserted"),
    ]


def test_governing_verb_combines_with_its_infinitive():
    assert _events("Turkey threatened to attack Syria.") == [("138", "TUR", "SYR", "asserted")]
    assert {e[:2] for e in _events("Russia and China agreed to meet in Geneva.")} == {
        ("036", "RUS"),
        ("036", "CHN"),
    }


def test_paired_code_yields_the_hosts_event_too():
    assert _events("Vladimir Putin visited China.") == [
        ("042", "RUS", "CHN", "asserted"),
        ("043", "CHN", "RUS", "asserted"),
    ]


def test_nouns_are_not_verbs():
    assert _events("The attack on the embassy of Iran shocked observers.") == []


def test_relative_clause_is_skipped_for_the_source():
    events = _with_actors(
        "Arnor, which Gondor attacked last year, condemned Rohan.",
        {"Arnor": "ARN", "Gondor": "GON", "Rohan": "ROH"},
    )
    assert ("111", "Arnor", "Rohan") in events
    assert not [e for e in events if e[0] == "111" and e[1] == "Gondor"]


def test_coordinated_verb_shares_the_subject():
    events = _with_actors(
        "Arnor met Gondor and criticised Rohan.", {"Arnor": "ARN", "Gondor": "GON", "Rohan": "ROH"}
    )
    assert ("040", "Arnor", "Gondor") in events and ("111", "Arnor", "Rohan") in events


def test_german_docs_are_left_to_the_german_coder():
    doc = get_pipeline("de")("Die USA verhängten Sanktionen gegen Iran.")
    assert code_english_events(doc) == []


def test_verb_forms_and_patterns_compile():
    assert build_petrarch.verb_forms("CARRY") == ["CARRY", "CARRIES", "CARRIED", "CARRYING"]
    assert build_petrarch.verb_forms("TOUCH") == ["TOUCH", "TOUCHES", "TOUCHED", "TOUCHING"]
    compiled = build_petrarch.parse(
        "&ARMS\n+GUN\n+RIFLE_\n--- GIVE [070] ---\nGIVE {GIVES GAVE GIVEN GIVING}\n+HAND_OVER [071]\n"
        "- * &ARMS (TO +) [072]  # a made-up pattern\n- $ TROOPS * [:072]\n"
    )
    assert compiled["synsets"]["&arms"] == ["gun", "guns", "rifle"]
    block = compiled["blocks"][0]
    assert block["code"] == "070" and block["verbs"][1]["code"] == "071"
    assert ["", "handed", "over"] in block["verbs"][1]["forms"] and ["", "gave", ""] in block["verbs"][0][
        "forms"
    ]
    assert block["patterns"][0] == {"pre": [], "post": [["w", "&arms"], ["p", "to", ["+"]]], "code": "072"}
    assert block["patterns"][1]["pre"] == [["$"], ["w", "troops"]]


def test_a_block_filed_elsewhere_by_cameo_takes_its_code_for_every_coded_line():
    # BLOCK_CODES files SUE under 115 (lawsuit), whatever the dictionary's codes; an uncoded verb stays
    # uncoded, and the compiled block keeps no trace of the override
    compiled = build_petrarch.parse(
        "--- SUE [173] ---\nSUE\n+TAKE_TO_COURT [1731]\n- * (IN +) [172]  # a made-up pattern\n"
    )
    (block,) = compiled["blocks"]
    assert set(block) == {"code", "verbs", "patterns"}
    assert block["code"] == "115"
    assert [verb["code"] for verb in block["verbs"]] == [None, "115"]
    assert block["patterns"][0]["code"] == "115"


@pytest.mark.parametrize("verb", ["imposed", "visited", "condemned", "threatened"])
def test_packaged_dictionary_knows_common_verbs(verb):
    raw = json.loads(
        gzip.decompress(resources.files("lagebild.events").joinpath("petrarch_verbs.json.gz").read_bytes())
    )
    assert any(form[1] == verb for block in raw["blocks"] for v in block["verbs"] for form in v["forms"])


def test_event_records_through_analyze():
    analysis = analyze(
        "The United States imposed new sanctions on Russia on Friday.", date="2022-09-30", lang="en"
    )
    events = [
        (e.code, e.source.country, e.target.country if e.target else None, e.modality)
        for e in analysis.events
    ]
    assert ("163", "USA", "RUS", "asserted") in events


def test_rejection_of_accusations_is_a_denial():
    assert _events("Moscow rejected the accusations.") == [("016", "RUS", None, "asserted")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("If Russia attacks Ukraine, NATO will respond.", ("190", "RUS", "UKR", "hypothetical")),
        ("China might impose sanctions on Japan.", ("163", "CHN", "JPN", "hypothetical")),
        ("France denied that it had bombed Syria.", ("190", "FRA", "SYR", "negated")),
        ("Iran plans to expel British diplomats.", ("161", "IRN", "GBR", "future")),
    ],
)
def test_factuality_from_the_words_before_the_verb(text, expected):
    assert expected in _events(text)


def test_a_statement_that_someone_must_act_is_a_demand():
    events = _events("Russia said that Ukraine must withdraw its troops.")
    assert ("100", "RUS", "UKR", "asserted") in events
    assert ("0874", "UKR", None, "hypothetical") in events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israeli soldiers arrested two Palestinian journalists on Tuesday.", ("ISR", "PSE")),
        ("US forces shelled Iraqi positions near the border.", ("USA", "IRQ")),
        ("Jakarta expelled the Dutch ambassador on Monday.", ("IDN", "NLD")),
    ],
)
def test_nationality_phrases_and_capitals_are_event_actors(text, expected):
    assert [(source, target) for _, source, target, _ in _events(text)] == [expected]
