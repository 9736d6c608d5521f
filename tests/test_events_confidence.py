"""The learned event confidence (`lagebild_event_confidence`, the stage after the event anaphora): the
real German pipeline on articles of our own."""

import json
import math
import random
from collections import Counter

import numpy as np
import pytest

from lagebild.events.confidence import (
    IMPLAUSIBLE,
    STAGE,
    ConfidenceModel,
    confidence_model,
    doubtful,
    features,
    implausible,
    reading_features,
    reading_of,
)
from lagebild.pipeline import build_pipeline
from tests.benchmark_scripts import benchmark_script

DATE = "2025-03-04"
ARTICLE = (
    "Schweden hat am Montag drei russische Diplomaten ausgewiesen. "
    "Moskau wies die Vorwürfe zurück und kündigte eine Antwort an. "
    "Der lettische Außenminister drohte Russland mit Konsequenzen."
)
# a long sentence crowded with states, the counterparts of its act guessed among them
CROWDED = (
    "Schweden hat am Montag drei russische Diplomaten ausgewiesen. Ob Finnland, das sich mit Norwegen, "
    "Dänemark und Island über die Lage im Ostseeraum eng abstimmt, in den kommenden Wochen ebenfalls "
    "protestieren wird, blieb am Abend trotz mehrerer Nachfragen offen."
)
# a threat aimed at nobody the parse can find, with no sentence before it to take a target from
TARGETLESS = "Der estnische Außenminister drohte am Abend mit Konsequenzen."
# the same threat, its target named, and like it the article's only sentence
AIMED = "Der lettische Außenminister drohte Russland am Abend mit Konsequenzen."
# criticism whose target is the verb's object in the parse
CRITICISM = "Der lettische Außenminister kritisierte Russland am Abend scharf."


@pytest.fixture(scope="module")
def pipelines():
    """The shipped pipeline, whose stage keeps doubtful events, and one whose stage drops them."""
    keeping, dropping = build_pipeline("de"), build_pipeline("de")
    dropping.replace_pipe(STAGE, STAGE, config={"drop_doubtful": True})
    return keeping, dropping


def run(nlp, text: str):
    doc = nlp.make_doc(text)
    doc._.article_date, doc._.language = DATE, "de"
    return nlp(doc)


def by_sentence(doc, words: str, code_prefix: str):
    return [e for e in doc._.events if words in e.evidence.sent.text and e.code.startswith(code_prefix)]


def test_each_event_gets_a_probability_instead_of_the_hand_set_number(pipelines):
    keeping, _ = pipelines
    doc = run(keeping, ARTICLE)
    assert doc._.events
    model = confidence_model()
    for event in doc._.events:
        expected = model.event_probability(event, doc, doc._.events)
        assert 0.0 < event.confidence < 1.0
        assert event.confidence == pytest.approx(expected, abs=1e-3)


def test_a_named_target_makes_the_same_act_more_likely_right_than_a_missing_one(pipelines):
    keeping, _ = pipelines
    (without_target,) = by_sentence(run(keeping, TARGETLESS), "estnische", "13")
    (with_target,) = by_sentence(run(keeping, AIMED), "lettische", "13")
    assert without_target.target is None and with_target.target is not None
    assert with_target.confidence > without_target.confidence + 0.05


def test_an_expulsion_with_both_sides_named_is_confident(pipelines):
    keeping, _ = pipelines
    (expulsion,) = by_sentence(run(keeping, ARTICLE), "Schweden", "16")
    assert expulsion.confidence > 0.8 and not doubtful(expulsion)


def test_events_of_a_crowded_sentence_score_below_a_clear_lead(pipelines):
    """A consultation in a relative clause inside an open question, with a list of three partners, is
    less certain than a plain expulsion with both sides named."""
    keeping, _ = pipelines
    doc = run(keeping, CROWDED)
    (lead,) = by_sentence(doc, "Schweden", "16")
    crowded = by_sentence(doc, "Ostseeraum", "")
    assert crowded and all(e.confidence < lead.confidence - 0.2 for e in crowded)


@pytest.mark.parametrize("text", [ARTICLE, CROWDED])
def test_dropping_removes_exactly_the_doubtful_events(pipelines, text):
    keeping, dropping = pipelines
    doubtful_included = run(keeping, text)._.events
    kept_confident = run(dropping, text)._.events
    assert [(e.code, e.trigger.start) for e in kept_confident] == [
        (e.code, e.trigger.start) for e in doubtful_included if not doubtful(e)
    ]
    assert all(e.confidence >= confidence_model().threshold for e in kept_confident)


# lone sentences with an event the shipped model has scored below the floor: an adjective taken for the verb
# "verdächtigen" (an accusation, 112) in a sentence about an agreement, and acts whose lone sentence lacks the
# context the model was trained with; which of them falls below the floor moves with each retraining
LONE_SENTENCES = (
    "Lettland und Litauen haben zudem vereinbart, verdächtige Frachter in der Ostsee künftig gemeinsam zu kontrollieren.",
    "Belgrad weigert sich, den Völkermord von Srebrenica anzuerkennen.",
    "Kämpfer der RSF stürmten das Krankenhaus in Al-Faschir.",
)


def test_implausible_events_are_dropped_by_default_and_only_they(pipelines):
    shipped, _ = pipelines
    keeping_all = build_pipeline("de")
    keeping_all.replace_pipe(STAGE, STAGE, config={"drop_implausible": False})
    dropped = 0
    for text in LONE_SENTENCES:
        every = run(keeping_all, text)._.events
        kept = run(shipped, text)._.events
        assert [(e.code, e.trigger.start) for e in kept] == [
            (e.code, e.trigger.start) for e in every if e.confidence >= IMPLAUSIBLE
        ]
        dropped += sum(implausible(e) for e in every)
    assert dropped


def test_the_model_knows_every_feature_the_stage_computes(pipelines):
    """Features the weights do not name would be silently ignored: training and use must agree."""
    keeping, _ = pipelines
    doc = run(keeping, ARTICLE)
    names = set(confidence_model().names)
    for event in doc._.events:
        assert set(features(event, doc, doc._.events)) <= names


def test_english_documents_are_left_alone():
    text = "France expelled two Iranian diplomats on Monday."
    doc = build_pipeline("en")(text)
    without_stage = build_pipeline("en")
    without_stage.remove_pipe(STAGE)
    hand_set = without_stage(text)._.events
    assert hand_set
    assert [e.confidence for e in doc._.events] == [e.confidence for e in hand_set]


def _trainer():
    """The training script (benchmarks/train_confidence_de.py)."""
    return benchmark_script("train_confidence_de")


def test_cross_validation_never_sees_the_labels_of_the_held_out_bank():
    trainer = _trainer()
    rng = random.Random(7)
    rows = [
        {"bank": bank, "label": int(x > 0.5), "x": {"signal": x, "noise": rng.random()}}
        for bank in ("dev+blind", "tune", "tune2", "tune3")
        for x in (rng.random() for _ in range(40))
    ]
    held_out = trainer.cross_validated(rows, l2=1.0)
    flipped = [dict(r, label=1 - r["label"]) if r["bank"] == "tune2" else r for r in rows]
    again = trainer.cross_validated(flipped, l2=1.0)
    dev = [i for i, r in enumerate(rows) if r["bank"] == "tune2"]
    assert [round(held_out[i], 9) for i in dev] == [round(again[i], 9) for i in dev]
    # the signal was learned from the other folds: it ranks the held-out events
    assert all(held_out[i] > 0.5 for i in dev if rows[i]["label"]) and all(
        held_out[i] < 0.5 for i in dev if not rows[i]["label"]
    )


def test_dev_and_blind_form_one_bank_and_every_tuning_bank_is_its_own():
    trainer = _trainer()
    assert [trainer.bank_of(s) for s in trainer.TRAINING_SPLITS] == [
        "dev+blind", "dev+blind", "tune", "tune2", "tune3", "tune5", "tune7", "tune8", "tune9", "tune10", "tune11", "tune12",
        "tune13", "tune14", "tune15", "tune16", "tune17", "tune18", "tune19", "tune20", "tune21",
        "tune22", "tune23", "tune24", "tune25", "tune26", "tune27", "tune28", "tune29", "tune30", "tune31", "tune32", "tune33", "tune34", "tune35", "tune36", "tune37", "tune38", "tune39", "tune40", "tune41", "tune42", "tune43", "tune44", "tune45", "tune46", "tune47", "tune48", "tune49", "tune50", "tune51", "tune52", "tune53", "tune54", "tune55", "tune56", "tune57", "tune58", "tune59", "tune60", "tune61",
    ]  # fmt: skip


def test_the_automatic_threshold_is_the_lowest_that_drops_only_wrong_events():
    """Wrong events scored 0.3, right ones 0.7 in each bank: every candidate above 0.3 and up to 0.7 keeps
    exactly the right ones; the lowest of them (0.4) keeps the most recall if scores move a little."""
    trainer = _trainer()
    rows, probability = [], []
    for bank in ("dev+blind", "tune", "tune2"):
        for label in (0, 0, 1, 1, 1):
            rows.append({"bank": bank, "label": label})
            probability.append(0.7 if label else 0.3)
    gold = Counter({bank: 4 for bank in ("dev+blind", "tune", "tune2")})
    assert trainer.best_threshold(rows, np.array(probability), gold) == 0.4


# Two articles with the same act, Poland expelling Belarusian diplomats: in the first Belarus is what the
# article is about, in the second a state named once, the kind of counterpart most often misread.
PROTAGONIST = (
    "Polen hat am Dienstag zwei belarussische Diplomaten ausgewiesen. Die Beziehungen zu Belarus sind seit "
    "Monaten angespannt. Minsk kündigte eine Antwort an. Belarus hatte zuvor die Grenze geschlossen."
)
NAMED_ONCE = (
    "Polen hat am Dienstag zwei belarussische Diplomaten ausgewiesen. Die Regierung in Warschau sprach von "
    "einer notwendigen Entscheidung. Der Ministerpräsident verteidigte den Schritt im Parlament."
)


def test_an_act_aimed_at_the_article_s_protagonist_is_more_confident(pipelines):
    keeping, _ = pipelines
    protagonist = run(keeping, PROTAGONIST)
    named_once = run(keeping, NAMED_ONCE)
    (central,) = by_sentence(protagonist, "Polen hat", "16")
    (aside,) = by_sentence(named_once, "Polen hat", "16")
    assert central.target is not None and aside.target is not None
    central_features = features(central, protagonist, protagonist._.events)
    aside_features = features(aside, named_once, named_once._.events)
    assert central_features["log_target_mentions"] > aside_features["log_target_mentions"]
    assert central.confidence > aside.confidence


def test_background_in_the_pluperfect_and_sentences_far_down_are_told_apart(pipelines):
    keeping, _ = pipelines
    doc = run(keeping, PROTAGONIST)
    (lead,) = by_sentence(doc, "Polen hat", "16")
    (background,) = by_sentence(doc, "hatte zuvor", "19")
    lead_features = features(lead, doc, doc._.events)
    background_features = features(background, doc, doc._.events)
    assert background_features["pluperfect"] == 1.0 and lead_features["pluperfect"] == 0.0
    assert lead_features["late_in_article"] == 0.0 and background_features["late_in_article"] == 1.0


def test_a_missing_target_is_judged_by_the_root_of_the_act(pipelines):
    keeping, _ = pipelines
    targetless = run(keeping, TARGETLESS)
    (without_target,) = by_sentence(targetless, "estnische", "13")
    article = run(keeping, ARTICLE)
    (with_target,) = by_sentence(article, "lettische", "13")
    assert features(without_target, targetless, targetless._.events)["targetless_root=13"] == 1.0
    named = features(with_target, article, article._.events)
    assert not any(name.startswith("targetless_root") for name in named)


# the threat's target is not in its sentence: it is taken from the sentence before
TARGET_FROM_BEFORE = (
    "Polen hat Russland scharf kritisiert. Am Abend drohte der polnische Außenminister zudem mit Sanktionen."
)
# the same expulsion reported twice, with another act in between
EXPULSION_TWICE = (
    "Polen hat am Dienstag einen russischen Diplomaten ausgewiesen. Die Regierung in Warschau warf Moskau "
    "Spionage vor. Polen wies am Mittwoch zudem den russischen Militärattaché aus."
)
# two verbs of one root between the same states in one sentence
TWO_VERBS_ONE_ACT = "Die Regierung Polens kritisierte und verurteilte Russland am Dienstag scharf."


def test_a_target_parsed_on_the_trigger_is_told_from_one_taken_from_before(pipelines):
    keeping, _ = pipelines
    aimed = run(keeping, AIMED)
    (parsed,) = by_sentence(aimed, "lettische", "13")
    from_before = run(keeping, TARGET_FROM_BEFORE)
    (taken,) = by_sentence(from_before, "drohte", "13")
    assert parsed.target is not None and taken.target is not None
    assert features(parsed, aimed, aimed._.events)["target_child_of_trigger"] == 1.0
    assert features(taken, from_before, from_before._.events)["target_child_of_trigger"] == 0.0


def test_an_act_the_article_reports_twice_is_counted_in_both_sentences(pipelines):
    keeping, _ = pipelines
    doc = run(keeping, EXPULSION_TWICE)
    expulsions = [e for e in doc._.events if e.code.startswith("16")]
    assert len({e.evidence.sent.start for e in expulsions}) == 2
    for event in expulsions:
        assert features(event, doc, doc._.events)["log_repeats_in_article"] > 0.0
    (once,) = by_sentence(doc, "Spionage", "")
    assert features(once, doc, doc._.events)["log_repeats_in_article"] == 0.0


def test_only_the_second_event_saying_the_same_in_one_sentence_is_a_repeat(pipelines):
    keeping, _ = pipelines
    doc = run(keeping, TWO_VERBS_ONE_ACT)
    first, second = by_sentence(doc, "kritisierte", "11")
    assert first.trigger.start < second.trigger.start
    assert features(first, doc, doc._.events)["repeats_in_sentence"] == 0.0
    assert features(second, doc, doc._.events)["repeats_in_sentence"] == 1.0


def test_the_rule_that_chose_the_target_is_a_feature(pipelines):
    """A target the parse found (the object of "kritisierte") is marked as such: which rule of the
    cascade chose the target says much about whether it is right."""
    keeping, _ = pipelines
    doc = run(keeping, CRITICISM)
    (criticism,) = by_sentence(doc, "lettische", "11")
    assert criticism.target_rule == "parse"
    found = features(criticism, doc, doc._.events)
    assert found["target_rule=parse"] == 1.0
    assert "target_rule=parse" in confidence_model().names


def test_an_event_without_target_has_the_rule_none(pipelines):
    keeping, _ = pipelines
    doc = run(keeping, TARGETLESS)
    (threat,) = by_sentence(doc, "estnische", "13")
    assert threat.target is None and features(threat, doc, doc._.events)["target_rule=none"] == 1.0


# the same expulsion told as a fact and as a spokesman's claim in reported speech
STATED = "Litauen hat am Freitag zwei russische Diplomaten ausgewiesen."
REPORTED = "Ein Sprecher sagte, Litauen habe am Freitag zwei russische Diplomaten ausgewiesen."


def test_an_act_in_the_subjunctive_of_reported_speech_is_marked(pipelines):
    keeping, _ = pipelines
    stated, reported = run(keeping, STATED), run(keeping, REPORTED)
    (fact,) = by_sentence(stated, "Litauen", "16")
    (claim,) = by_sentence(reported, "Litauen", "16")
    assert features(fact, stated, stated._.events)["subjunctive"] == 0.0
    assert features(claim, reported, reported._.events)["subjunctive"] == 1.0
    assert "subjunctive" in confidence_model().names


def test_a_reading_s_record_on_the_banks_moves_its_confidence(pipelines):
    """The stage looks the trigger's reading (lemma and code) up in the weights' counts: the same event
    scores lower when that reading was mostly wrong, and a reading never seen counts as the prior."""
    keeping, _ = pipelines
    doc = run(keeping, STATED)
    (expulsion,) = by_sentence(doc, "Litauen", "16")
    assert reading_of(expulsion) == f"ausweisen|{expulsion.code}"
    spec = json.loads(json.dumps(_spec()))
    spec["readings"][reading_of(expulsion)] = [45, 50]
    reliable = ConfidenceModel(spec).event_probability(expulsion, doc, doc._.events)
    spec["readings"][reading_of(expulsion)] = [5, 50]
    unreliable = ConfidenceModel(spec).event_probability(expulsion, doc, doc._.events)
    assert reliable > unreliable
    unseen = reading_features(0, 0, prior=0.7)
    assert (
        unseen["reading_log_odds"] == pytest.approx(math.log(0.7 / 0.3)) and unseen["reading_log_seen"] == 0
    )


def _spec() -> dict:
    model = confidence_model()
    return {
        "features": model.names, "mean": model.mean, "scale": model.scale, "weights": model.weights,
        "bias": model.bias, "threshold": model.threshold, "readings": model.readings, "prior": model.prior,
    }  # fmt: skip


def test_a_reading_s_precision_is_cross_fitted_never_counting_its_own_bank():
    """The trainer counts each event's reading on the other banks only (and never on the held-out one):
    flipping the labels of one bank leaves that bank's reading features unchanged."""
    trainer = _trainer()
    rows = [
        {"bank": bank, "label": label, "x": {}, "reading": "ausweisen|161"}
        for bank in ("dev+blind", "tune", "tune2")
        for label in (1, 1, 0)
    ]
    flipped = [dict(r, label=1 - r["label"]) if r["bank"] == "tune" else r for r in rows]
    for held_out in (None, "tune2"):
        before, after = trainer.with_readings(rows, held_out), trainer.with_readings(flipped, held_out)
        own = [i for i, r in enumerate(rows) if r["bank"] == "tune"]
        assert [before[i]["x"] for i in own] == [after[i]["x"] for i in own]
    # the held-out bank's own labels never count, for any row
    relabelled = [dict(r, label=0) if r["bank"] == "tune2" else r for r in rows]
    assert [r["x"] for r in trainer.with_readings(rows, "tune2")] == [
        r["x"] for r in trainer.with_readings(relabelled, "tune2")
    ]


def test_the_article_is_tallied_once_per_doc_and_the_features_do_not_change(pipelines, monkeypatch):
    """The entities' sides, their bounds and the sentence positions are counted once while the events are
    scored, not again per event; the features read from the tallies are those counted afresh."""
    import lagebild.events.article_tallies as tallies

    keeping, _ = pipelines
    counted, count = [], tallies._count

    def counting(doc):
        counted.append(len(doc))
        return count(doc)

    monkeypatch.setattr(tallies, "_count", counting)
    doc = run(keeping, ARTICLE)
    assert len(doc._.events) >= 3 and len(counted) == 1
    assert tallies.TALLIES not in doc.user_data
    afresh = [features(e, doc, doc._.events) for e in doc._.events]
    with tallies.tallied(doc):
        assert [features(e, doc, doc._.events) for e in doc._.events] == afresh
    assert {name for found in afresh for name in found if "mentions" in name} == {
        "log_source_mentions",
        "log_target_mentions",
    }
    assert any(found["log_source_mentions"] > 0 for found in afresh)


def test_each_event_s_act_is_keyed_once_per_scoring(pipelines, monkeypatch):
    """Every event is compared with all the others for repetitions: what each says at state level is read
    once while the doc's events are scored, and the repetition features stay those counted afresh."""
    import lagebild.events.confidence as confidence

    keying, key = [], confidence._act_key

    def counted(event):
        keying.append(event.code)
        return key(event)

    keeping, _ = pipelines
    doc = run(keeping, EXPULSION_TWICE)
    afresh = [features(e, doc, doc._.events) for e in doc._.events]
    monkeypatch.setattr(confidence, "_act_key", counted)
    rescored = confidence.scored(doc._.events, doc)
    assert len(doc._.events) >= 3 and len(keying) == len(doc._.events)
    assert [e.confidence for e in rescored] == [e.confidence for e in doc._.events]
    assert any(found["log_repeats_in_article"] > 0 for found in afresh)


def test_the_benchmark_scores_a_bare_sector_as_no_side_and_keeps_states_and_blocs():
    bench = _trainer().bench
    assert bench.state_level({"actor_code": "NGO", "country": None}) is None
    assert bench.state_level({"actor_code": "REF", "country": None}) is None
    assert bench.state_level({"actor_code": "RUSGOV", "country": "RUS"}) == "RUS"
    assert bench.state_level({"actor_code": "IGOWSTNAT", "country": "NOR"}) == "NATO"
    assert bench.state_level({"actor_code": "WST", "country": None}) == "WST"
