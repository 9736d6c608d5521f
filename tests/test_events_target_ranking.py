"""The learned target ranker (`lagebild_event_targets`, the stage between the event anaphora and the
confidence): the real German pipeline on articles of our own, and its trainer's cross-validation."""

import json
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from lagebild.events import target_ranking
from lagebild.events.arguments import side_of
from lagebild.events.target_ranking import STAGE, RankingModel, candidates, ranked
from lagebild.pipeline import build_pipeline
from lagebild.pipeline.annotations import (
    ACTOR_REF_SPANS,
    TARGET_CONTEXT,
    TARGET_DERIVED,
    TARGET_NEARBY,
    TARGET_NONE,
)
from tests.benchmark_scripts import benchmark_script

DATE = "2025-03-04"
# a raised alert aimed at nobody in its sentence; the state of the sentence before is a bystander
ALERT = (
    "China hat am Morgen Manöver vor der Küste Taiwans begonnen. An den Übungen sind nach Angaben aus "
    "Peking Dutzende Kriegsschiffe beteiligt. Auch die Philippinen verfolgen die Lage genau. Japans Marine "
    "erhöhte die Alarmbereitschaft. Die Übungen sollen bis Freitag dauern."
)
# the same alert in a text too short for the ranker's picture of an article
SHORT_ALERT = (
    "China hat am Morgen Manöver vor der Küste Taiwans begonnen. Auch die Philippinen verfolgen die Lage "
    "genau. Japans Marine erhöhte die Alarmbereitschaft."
)
# an expulsion, then a reaction whose target the cascade takes from the sentences before
REACTION = (
    "Moskau hat zwei Diplomaten aus Riga und Vilnius ausgewiesen. Das teilte das Außenministerium mit. "
    "Die Diplomaten müssen das Land binnen einer Woche verlassen. Am Freitag kündigte Estland an, auf die "
    "Ausweisungen spiegelbildlich zu reagieren. Weitere Schritte seien möglich."
)
# an expulsion of Estonia's ambassador, then Estonia's announced reply; Latvia, named just before, is a bystander
REPLY = (
    "Russland hat am Dienstag den estnischen Botschafter ausgewiesen. Das teilte das Außenministerium in "
    "Moskau mit. Auch Lettland beobachtet die Lage. Am Freitag kündigte Estland an, darauf spiegelbildlich "
    "zu reagieren. Weitere Schritte seien möglich."
)
# a pledge to Ukraine, then Ukraine's thanks with no addressee in their sentence (an elliptical reply)
THANKS = (
    "Die Lage an der Front bleibt angespannt. Auch Litauen verfolgt die Debatte genau. Polen hat der "
    "Ukraine weitere Panzer zugesagt. Kiew dankte am Abend für die Unterstützung. Weitere Gespräche sind "
    "geplant."
)
# a measure whose target the cascade found in its own sentence ("nearby"), with states named just before
NEARBY = (
    "Russland hat am Morgen Truppen an die Grenze verlegt. Die Regierung in Moskau sprach von Übungen. "
    "Auch Polen verfolgt die Lage genau. Litauen verhängte nach einem Zwischenfall mit Belarus den "
    "Ausnahmezustand über die Grenzregion. Die Lage bleibt angespannt."
)

# an attack whose doer the text does not name, condemned by a state; the state where it happened is no doer
UNNAMED_DOER = (
    "In der Hauptstadt Kenias explodierte am Morgen eine Bombe vor einem Einkaufszentrum. Dutzende Menschen "
    "wurden verletzt. Die Polizei sucht nach den Tätern. Frankreich verurteilte den Anschlag. Kenia hat "
    "eine Staatstrauer angeordnet."
)


@pytest.fixture(scope="module")
def pipelines():
    """The shipped pipeline and one without the ranker."""
    ranking, plain = build_pipeline("de"), build_pipeline("de")
    plain.remove_pipe(STAGE)
    return ranking, plain


def run(nlp, text: str):
    doc = nlp.make_doc(text)
    doc._.article_date, doc._.language = DATE, "de"
    return nlp(doc)


def alerts(doc):
    return [e for e in doc._.events if e.code.startswith("152")]


def test_the_stage_runs_between_the_anaphora_and_the_confidence(pipelines):
    ranking, _ = pipelines
    names = ranking.pipe_names
    assert (
        names.index("lagebild_event_anaphora") < names.index(STAGE) < names.index("lagebild_event_confidence")
    )


def test_a_bystander_guessed_as_target_gives_way_to_no_target(pipelines):
    ranking, plain = pipelines
    (before,) = alerts(run(plain, ALERT))
    (after,) = alerts(run(ranking, ALERT))
    assert (side_of(before.source), side_of(before.target)) == ("JPN", "PHL")
    assert (side_of(after.source), after.target, after.target_rule) == ("JPN", None, TARGET_NONE)


def test_a_text_of_a_few_sentences_keeps_the_coder_s_targets(pipelines):
    ranking, plain = pipelines
    (before,) = alerts(run(plain, SHORT_ALERT))
    (after,) = alerts(run(ranking, SHORT_ALERT))
    assert side_of(before.target) == side_of(after.target) == "PHL"


def test_the_current_target_comes_first_and_no_target_is_a_candidate(pipelines):
    _, plain = pipelines
    doc = run(plain, REACTION)
    for event in doc._.events:
        found = candidates(event, doc, doc._.events)
        assert found[0].span is event.target and found[0].features["current"] == 1.0
        assert None in {c.side for c in found}
        assert len({c.side for c in found}) == len(found)  # one candidate per state


def test_a_state_that_acted_on_the_source_before_is_marked_as_such(pipelines):
    """A reply is aimed back at whoever acted on the replying state: the candidate that was the source of
    an earlier event aimed at the reply's source says so, the bystander and the source's own state do not."""
    _, plain = pipelines
    doc = run(plain, REPLY)
    replies = [e for e in doc._.events if side_of(e.source) == "EST"]
    assert replies
    for event in replies:
        marked = {
            c.side: c.features.get("earlier_actor_on_source") for c in candidates(event, doc, doc._.events)
        }
        assert marked["RUS"] == 1.0 and marked["LVA"] == 0.0 and marked["EST"] == 0.0


def test_the_addressee_of_an_elliptical_reply_moves_only_to_the_source_s_own_state(pipelines):
    """Poland pledged tanks to Ukraine in the sentence before Kyiv's thanks: Poland, guessed from before,
    is marked as having acted on the source there and stays against a model that prefers no target by far;
    one that prefers the source's own state by far may still move it there (a domestic act)."""
    _, plain = pipelines
    doc = run(plain, THANKS)
    (thanks,) = [e for e in doc._.events if e.code.startswith("05")]
    assert (side_of(thanks.source), side_of(thanks.target)) == ("UKR", "POL")
    assert thanks.target_rule == TARGET_CONTEXT
    found = candidates(thanks, doc, doc._.events)
    marked = {c.side: c.features.get("previous_actor_on_source") for c in found}
    assert marked["POL"] == 1.0 and marked["LTU"] == marked["UKR"] == 0.0

    def target_preferring(feature: str) -> tuple[str | None, str]:
        model = RankingModel({"features": [feature, "current"], "scale": [1.0, 1.0], "weights": [5.0, 0.0],
                              "margin": 1.0, "rule_margins": {}})  # fmt: skip
        (after,) = [e for e in ranked(doc._.events, doc, model) if e.code.startswith("05")]
        return side_of(after.target), after.target_rule

    assert target_preferring("no_target") == ("POL", TARGET_CONTEXT)
    assert target_preferring("source_side") == ("UKR", TARGET_NEARBY)


def test_a_chosen_target_is_a_mention_of_the_doc_and_named_by_its_kind(pipelines):
    """A model that prefers the state of the sentence before by far moves the reaction's target there;
    the new target is an entity or actor reference of the doc, its rule says it came from before."""
    _, plain = pipelines
    doc = run(plain, REACTION)
    model = RankingModel({"features": ["previous_sentence", "current"], "scale": [1.0, 1.0],
                          "weights": [5.0, 0.0], "margin": 1.0, "rule_margins": {}})  # fmt: skip
    events = ranked(doc._.events, doc, model)
    reactions = [e for e in events if side_of(e.source) == "EST"]
    assert reactions
    mentions = {(s.start, s.end) for s in [*doc.ents, *doc.spans.get(ACTOR_REF_SPANS, [])]}
    for event in reactions:
        assert side_of(event.target) in {"LVA", "LTU", "RUS"}
        assert (event.target.start, event.target.end) in mentions
        assert event.target.sent.start < event.evidence.sent.start and event.target_rule == TARGET_CONTEXT


def test_each_rule_that_found_the_target_has_its_own_margin(pipelines):
    """The reaction's target was guessed from the sentences before ("context"): the margin trained for that
    rule decides whether the ranker's preference (here: no target) moves it, not the margin of the other
    rules."""
    _, plain = pipelines
    doc = run(plain, REACTION)
    reactions = [e for e in doc._.events if side_of(e.source) == "EST"]
    assert reactions and {e.target_rule for e in reactions} == {TARGET_CONTEXT}
    spec = {"features": ["no_target", "current"], "scale": [1.0, 1.0], "weights": [5.0, 0.0]}

    def moved(margin: float, rule_margins: dict[str, float]) -> bool:
        model = RankingModel({**spec, "margin": margin, "rule_margins": rule_margins})
        after = [e for e in ranked(doc._.events, doc, model) if side_of(e.source) == "EST"]
        return any(a.target is not b.target for a, b in zip(after, reactions, strict=True))

    assert moved(margin=100.0, rule_margins={TARGET_CONTEXT: 1.0})
    assert not moved(margin=1.0, rule_margins={TARGET_CONTEXT: 100.0})
    assert not moved(margin=100.0, rule_margins={TARGET_NONE: 1.0})


def test_a_move_to_no_target_needs_the_margin_of_its_own(pipelines):
    """Dropping the state the coder guessed for the reaction needs the weights' own margin of moves to no
    target where they have one (precision first); a move to a named state keeps the rule's margin."""
    _, plain = pipelines
    doc = run(plain, REACTION)
    reactions = [e for e in doc._.events if side_of(e.source) == "EST"]
    assert reactions and all(e.target is not None for e in reactions)

    def targets(preferred: str, none_margin: float | None) -> set:
        model = RankingModel({"features": [preferred, "current"], "scale": [1.0, 1.0], "weights": [5.0, 0.0],
                              "margin": 1.0, "rule_margins": {}, "none_margin": none_margin})  # fmt: skip
        return {side_of(e.target) for e in ranked(doc._.events, doc, model) if side_of(e.source) == "EST"}

    assert targets("no_target", none_margin=None) == {None}
    assert targets("no_target", none_margin=4.0) == {None}
    assert targets("no_target", none_margin=6.0) == {side_of(e.target) for e in reactions}
    assert targets("previous_sentence", none_margin=6.0) <= {"LVA", "LTU", "RUS"}


def test_an_event_the_confidence_stage_drops_keeps_the_coder_s_target(pipelines, monkeypatch):
    """The ranker brings no misread back: when the confidence stage would drop the reaction with the
    target the coder guessed from before, a model that prefers no target by far leaves it."""
    _, plain = pipelines
    doc = run(plain, REACTION)
    model = RankingModel({"features": ["no_target", "current"], "scale": [1.0, 1.0], "weights": [5.0, 0.0],
                          "margin": 1.0, "rule_margins": {}})  # fmt: skip
    reactions = [e for e in doc._.events if side_of(e.source) == "EST"]
    assert reactions and all(e.target is not None for e in reactions)

    def targets(floor: float) -> list:
        monkeypatch.setattr(target_ranking, "IMPLAUSIBLE", floor)
        return [
            (e.target, e.target_rule) for e in ranked(doc._.events, doc, model) if side_of(e.source) == "EST"
        ]

    assert targets(floor=1.01) == [(e.target, e.target_rule) for e in reactions]  # every event dropped
    assert targets(floor=0.0) == [(None, TARGET_NONE)] * len(reactions)  # none dropped


def test_a_target_found_in_the_sentence_stays(pipelines):
    """A model that prefers the state of the sentence before by far does not move a target the cascade
    found in the event's own sentence: on held-out banks such changes made as many events wrong as right."""
    _, plain = pipelines
    doc = run(plain, NEARBY)
    (before,) = [e for e in doc._.events if side_of(e.source) == "LTU"]
    assert before.target_rule == TARGET_NEARBY
    model = RankingModel({"features": ["previous_sentence", "current"], "scale": [1.0, 1.0],
                          "weights": [5.0, 0.0], "margin": 1.0, "rule_margins": {}})  # fmt: skip
    (after,) = [e for e in ranked(doc._.events, doc, model) if side_of(e.source) == "LTU"]
    assert after.target is before.target and after.target_rule == TARGET_NEARBY


def test_a_deed_judged_without_its_doer_keeps_no_target(pipelines):
    """A condemned attack whose doer the text leaves unnamed has no target in the coder
    (`targets_unnamed_doers`): a model that prefers the most named state by far, Kenya, where the attack
    happened, over no target does not give it one."""
    _, plain = pipelines
    doc = run(plain, UNNAMED_DOER)
    (condemned,) = [e for e in doc._.events if e.code.startswith("11") and side_of(e.source) == "FRA"]
    assert condemned.target is None
    model = RankingModel({"features": ["log_mentions", "current"], "scale": [1.0, 1.0],
                          "weights": [5.0, 0.0], "margin": 1.0, "rule_margins": {}})  # fmt: skip
    scores = {c.side: model.score(c.features) for c in candidates(condemned, doc, doc._.events)}
    assert scores["KEN"] > scores[None] + 1.0
    (after,) = [e for e in ranked(doc._.events, doc, model) if e.trigger.start == condemned.trigger.start]
    assert (after.target, after.target_rule) == (None, TARGET_NONE)


def test_english_documents_are_left_alone():
    nlp = build_pipeline("en")
    assert STAGE in nlp.pipe_names
    doc = nlp("Russia expelled two Latvian diplomats on Monday.")
    plain = build_pipeline("en")
    plain.remove_pipe(STAGE)
    again = plain("Russia expelled two Latvian diplomats on Monday.")
    assert [(e.code, e.target.text if e.target else None) for e in doc._.events or []] == [
        (e.code, e.target.text if e.target else None) for e in again._.events or []
    ]


def _trainer():
    """The training script (benchmarks/train_targets_de.py)."""
    return benchmark_script("train_targets_de")


def _rows(bank: str, n: int, seed: int):
    """Events of one bank with two candidates: the current target and another state the gold prefers
    when the signal is high."""
    rng = np.random.default_rng(seed)
    rows, gold = [], []
    for i in range(n):
        signal = float(rng.random())
        base = [f"{bank}-{i}", "Satz.", "AAA", "11"]
        rows.append({"bank": bank, "base": base, "current": "BBB", "states": ["BBB", "CCC"], "rule": "context", "short": False,
                     "x": [{"current": 1.0}, {"signal": signal}]})  # fmt: skip
        gold.append([*base, "CCC" if signal > 0.5 else "BBB"])
    return rows, gold


def test_cross_validation_never_sees_the_gold_of_the_held_out_bank():
    trainer = _trainer()
    rows, gold_keys = [], {}
    for seed, bank in enumerate(("dev+blind", "tune", "tune2", "tune3")):
        bank_rows, gold_keys[bank] = _rows(bank, 40, seed)
        rows += bank_rows
    held_out = trainer.held_out_scores(rows, gold_keys, l2=1.0)
    flipped = dict(
        gold_keys, tune2=[[*key[:4], "CCC" if key[4] == "BBB" else "BBB"] for key in gold_keys["tune2"]]
    )
    again = trainer.held_out_scores(rows, flipped, l2=1.0)
    members = [i for i, row in enumerate(rows) if row["bank"] == "tune2"]
    assert all(np.allclose(held_out[i], again[i]) for i in members)
    # the signal was learned from the other banks: the held-out bank's choices follow it
    picks = trainer.choices([rows[i] for i in members], [held_out[i] for i in members], margin=0.0)
    wanted = [int(rows[i]["x"][1]["signal"] > 0.5) for i in members]
    assert sum(p == w for p, w in zip(picks, wanted, strict=True)) >= 0.9 * len(members)


def test_the_trainer_applies_and_chooses_a_margin_per_rule():
    trainer = _trainer()
    rows = [{"rule": rule, "short": False, "x": [{}, {}]} for rule in ("context", "none")]
    scored = [np.array([0.0, 1.0]), np.array([0.0, 1.0])]
    assert trainer.choices(rows, scored, 2.0, {"context": 0.5}) == [1, 0]
    assert trainer.choices(rows, scored, 0.5, {"none": 2.0}) == [1, 0]
    # an event the confidence stage drops with its current target keeps it, as in the pipeline
    assert trainer.choices([{**rows[0], "alive": [False, True]}], scored[:1], 0.5) == [0]
    # the addressee of an elliptical reply moves only to the source's own state, as in the pipeline
    reply = {"rule": "context", "short": False,
             "x": [{"previous_actor_on_source": 1.0}, {"no_target": 1.0}, {"source_side": 1.0}]}  # fmt: skip
    assert trainer.choices([reply], [np.array([0.0, 3.0, 2.0])], 0.5) == [2]
    assert trainer.choices([reply], [np.array([0.0, 3.0, 0.2])], 0.5) == [0]
    # a move to no target needs the own margin of such moves where there is one, a named state the rule's
    to_none = {"rule": "context", "short": False, "x": [{}, {"no_target": 1.0}]}
    assert trainer.choices([to_none, rows[0]], scored, 0.5, {}, 2.0) == [0, 1]
    assert trainer.choices([to_none, rows[0]], scored, 0.5, {}, None) == [1, 1]
    # the mark the rule reads is no weighed feature
    names = trainer.feature_names([reply] * trainer.MIN_COUNT)
    assert "no_target" in names and "previous_actor_on_source" not in names
    # the largest gain among margins whose changes are right at least twice as often as wrong
    totals = {
        0.0: Counter(right=10, wrong=6, before=100, after=104),
        0.5: Counter(right=8, wrong=3, before=100, after=105),
        1.0: Counter(right=4, wrong=1, before=100, after=103),
    }
    assert trainer.safe_margin(totals) == 0.5
    assert trainer.safe_margin({0.0: Counter(right=1, wrong=1), 3.0: Counter(right=0, wrong=1)}) == 3.0


def test_dev_and_blind_form_one_bank_and_only_the_visible_tuning_splits_are_read():
    trainer = _trainer()
    training = trainer.training_splits(trainer.LAST_TRAINING_SPLIT, trainer.REPORT_SPLITS)
    assert [trainer.bank_of(s) for s in training] == [
        "dev+blind", "dev+blind", "tune", "tune2", "tune3", "tune5",
        *(f"tune{n}" for n in range(7, 37)),
    ]  # fmt: skip
    # the gate (tune46 … tune48) and the unseen banks stay unread
    assert trainer.VISIBLE_SPLITS[-1] == "tune45"


def test_the_training_and_report_splits_divide_the_visible_ones_on_request():
    """The division the shipped weights were fitted with: up to tune23, reporting on tune24 … tune35; a
    split beyond the visible ones is refused."""
    trainer = _trainer()
    older = tuple(f"tune{n}" for n in range(24, 36))
    assert trainer.training_splits("tune35", older)[-1] == "tune23"
    assert not set(trainer.training_splits("tune41", older)) & set(older)
    with pytest.raises(SystemExit):
        trainer.training_splits("tune46", trainer.REPORT_SPLITS)
    with pytest.raises(SystemExit):
        trainer.training_splits("tune35", ("tune46",))


def test_the_shipped_weights_are_fitted_by_the_trainer_on_splits_it_does_not_report_on():
    """The weights file says how it was fitted: with the trainer's penalty, on visible splits, none of
    them a report split (there the shipped model and a new one are both out of sample)."""
    trainer = _trainer()
    spec = json.loads(
        (Path(__file__).resolve().parents[1] / "src/lagebild/events/targets_de.json").read_text()
    )
    assert spec["l2"] == trainer.L2
    assert set(spec["trained_on"]) <= set(trainer.VISIBLE_SPLITS)
    assert not set(spec["trained_on"]) & set(trainer.REPORT_SPLITS)


def test_the_trainer_counts_only_the_events_the_confidence_stage_keeps():
    """An event whose picked target would put it below the confidence floor is dropped by the pipeline:
    the trainer's count leaves it out, and its tally says the change dropped a right event."""
    trainer = _trainer()
    row = {"bank": "tune", "base": ["a", "Satz.", "AAA", "11"], "current": "BBB", "states": ["BBB", "CCC"],
           "rule": "context", "short": False, "x": [{"current": 1.0}, {"signal": 1.0}], "alive": [True, False]}  # fmt: skip
    gold = [["a", "Satz.", "AAA", "11", "CCC"]]
    assert trainer.matched([row], [1], gold) == 0
    assert trainer.matched([{**row, "alive": [True, True]}], [1], gold) == 1
    gold = [["a", "Satz.", "AAA", "11", "BBB"]]
    t = trainer.tally([row], [1], gold, trainer.gold_targets_of({"tune": gold}))
    assert (t["before"], t["after"], t["wrong"], t["dropped"]) == (1, 0, 1, 1)


def test_the_trainer_says_which_candidates_the_confidence_stage_would_keep():
    """Each row of a German article says, per candidate, whether the event outlives the confidence floor;
    the events whose targets are reconsidered get an answer for every candidate."""
    trainer = _trainer()
    trainer._start_worker()
    rows = trainer.coded_events(("x", REACTION, DATE))
    assert rows and all(len(row["alive"]) == len(row["x"]) for row in rows)
    reactions = [row for row in rows if row["base"][2] == "EST"]
    assert reactions and all(row["rule"] == TARGET_CONTEXT and row["alive"][0] for row in reactions)


def test_the_report_splits_are_never_trained_on_and_are_not_the_gate():
    trainer = _trainer()
    assert tuple(f"tune{n}" for n in range(37, 42)) == trainer.REPORT_SPLITS
    training = trainer.training_splits(trainer.LAST_TRAINING_SPLIT, trainer.REPORT_SPLITS)
    assert not set(trainer.REPORT_SPLITS) & set(training)
    assert not {"tune46", "tune47", "tune48"} & set(trainer.VISIBLE_SPLITS)


# a threat of retaliation that names no addressee, answering a strike the same sentence names
RETALIATION = (
    "Die Lage am Golf hat sich in der Nacht weiter zugespitzt. Der Ölpreis stieg am Morgen um vier Prozent. "
    "Viele Reedereien meiden die Region. Nach den israelischen Angriffen auf iranische Raffinerien droht Iran "
    "mit Vergeltung. Beobachter rechnen mit weiteren Angriffen."
)


def test_a_threat_aimed_at_the_doer_of_the_act_it_answers_is_kept_as_read_off_the_sentence(pipelines):
    """The addressee `announced_threats` reads off the answered act is no guess: marked "derived", the
    ranker keeps it, where with the rule "none" it would weigh it against no target at all."""
    ranking, _ = pipelines
    (threat,) = [e for e in run(ranking, RETALIATION)._.events if e.code.startswith("13")]
    assert side_of(threat.target) == "ISR"
    assert threat.target_rule == TARGET_DERIVED
