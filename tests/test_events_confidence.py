"""The learned event confidence (`lagebild_event_confidence`, the stage after the event anaphora): the
real German pipeline on articles of our own."""

import importlib
import random
import sys
from pathlib import Path

import pytest

from lagebild.events.confidence import STAGE, confidence_model, doubtful, features
from lagebild.pipeline import build_pipeline

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
        expected = model.probability(features(event, doc, doc._.events))
        assert 0.0 < event.confidence < 1.0
        assert event.confidence == pytest.approx(expected, abs=1e-3)


def test_a_named_target_makes_the_same_act_more_likely_right_than_a_missing_one(pipelines):
    keeping, _ = pipelines
    (without_target,) = by_sentence(run(keeping, TARGETLESS), "estnische", "13")
    (with_target,) = by_sentence(run(keeping, ARTICLE), "lettische", "13")
    assert without_target.target is None and with_target.target is not None
    assert with_target.confidence > without_target.confidence + 0.1


def test_an_expulsion_with_both_sides_named_is_confident(pipelines):
    keeping, _ = pipelines
    (expulsion,) = by_sentence(run(keeping, ARTICLE), "Schweden", "16")
    assert expulsion.confidence > 0.8 and not doubtful(expulsion)


def test_guessed_counterparts_in_a_crowded_sentence_score_below_a_clear_lead(pipelines):
    keeping, _ = pipelines
    doc = run(keeping, CROWDED)
    (lead,) = by_sentence(doc, "Schweden", "16")
    crowded = by_sentence(doc, "Ostseeraum", "")
    assert crowded and all(e.confidence < lead.confidence - 0.3 for e in crowded)


@pytest.mark.parametrize("text", [ARTICLE, CROWDED])
def test_dropping_removes_exactly_the_doubtful_events(pipelines, text):
    keeping, dropping = pipelines
    kept_all = run(keeping, text)._.events
    kept_confident = run(dropping, text)._.events
    assert [(e.code, e.trigger.start) for e in kept_confident] == [
        (e.code, e.trigger.start) for e in kept_all if not doubtful(e)
    ]
    assert all(e.confidence >= confidence_model().threshold for e in kept_confident)


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
    """The training script (benchmarks/train_confidence_de.py), imported from its folder as it runs."""
    folder = str(Path(__file__).resolve().parents[1] / "benchmarks")
    if folder not in sys.path:
        sys.path.insert(0, folder)
    return importlib.import_module("train_confidence_de")


def test_cross_validation_never_sees_the_labels_of_the_held_out_fold():
    trainer = _trainer()
    rng = random.Random(7)
    rows = [
        {"fold": fold, "label": int(x > 0.5), "x": {"signal": x, "noise": rng.random()}}
        for fold in ("dev", "blind", "tune-a", "tune-b")
        for x in (rng.random() for _ in range(40))
    ]
    held_out = trainer.cross_validated(rows, l2=1.0)
    flipped = [dict(r, label=1 - r["label"]) if r["fold"] == "dev" else r for r in rows]
    again = trainer.cross_validated(flipped, l2=1.0)
    dev = [i for i, r in enumerate(rows) if r["fold"] == "dev"]
    assert [round(held_out[i], 9) for i in dev] == [round(again[i], 9) for i in dev]
    # the signal was learned from the other folds: it ranks the held-out events
    assert all(held_out[i] > 0.5 for i in dev if rows[i]["label"]) and all(
        held_out[i] < 0.5 for i in dev if not rows[i]["label"]
    )
