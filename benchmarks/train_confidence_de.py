"""Train the German event confidence model (src/lagebild/events/confidence_de.json).

    python benchmarks/train_confidence_de.py [--l2 30] [--threshold 0.3] [--cv-only]

Every event the coder produces on the tuning splits (dev, blind, tune) is labelled right when its key
(article, sentence, source state, root, target state) is in the gold, as `bench_events_de.py` counts it,
and described by `lagebild.events.confidence.features`. A logistic regression with an L2 penalty over
standardised features is fitted to these labels. Before writing the weights it prints a grouped
cross-validation, six folds that are never seen in training: each of tune's four authors, dev and
blind. The held-out splits (test, blind2, tune2) are never read.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

import bench_events_de as bench
import numpy as np

from lagebild.analysis import records_from_doc
from lagebild.events.confidence import STAGE, WEIGHTS_FILE, features
from lagebild.pipeline import build_pipeline
from lagebild.records import Article, PipelineInfo

TRAINING_SPLITS = ("dev", "blind", "tune")
WEIGHTS = bench.ROOT / "src" / "lagebild" / "events" / WEIGHTS_FILE
THRESHOLDS = (0.3, 0.4, 0.5)
NEWTON_STEPS = 30


def fold_of(split: str, article: str) -> str:
    """Tune's articles are grouped by author (tune-a01 → tune-a): an author's phrasing never leaks."""
    return f"tune-{article[5]}" if split == "tune" else split


def labelled_events() -> tuple[list[dict], Counter]:
    """One row per coded event (fold, label, features) and the number of gold events per fold."""
    nlp = build_pipeline("de")
    if STAGE in nlp.pipe_names:
        nlp.remove_pipe(STAGE)  # learn from the coder's events as they are, none dropped or rescored
    texts = bench.articles()
    rows, gold_per_fold = [], Counter()
    for split in TRAINING_SPLITS:
        events_file, negatives_file = bench.GOLD_FILES.get(split, bench.SAMPLE_GOLD_FILES)
        gold = bench._gold(events_file, bench.SPLITS[split])
        negatives = bench._gold(negatives_file, bench.SPLITS[split])
        unmatched = Counter(
            (g["article"], g["sentence"].strip(), g["source"], g["root"], g["target"]) for g in gold
        )
        for article_id in sorted({g["article"] for g in gold} | {n["article"] for n in negatives}):
            fold = fold_of(split, article_id)
            gold_per_fold[fold] += sum(n for k, n in unmatched.items() if k[0] == article_id)
            text, date = texts[article_id]
            doc = nlp.make_doc(text)
            doc._.article_date, doc._.language = date, "de"
            doc = nlp(doc)
            article = Article(id=article_id, date=date, language="de", text=text)
            records = records_from_doc(doc, article, PipelineInfo(name="train", version="0", components=[]))
            infos = doc._.events or []
            for info, event in zip(infos, records.events, strict=True):
                key = (
                    article_id,
                    event.evidence.text.strip(),
                    bench.state_level(event.source and event.source.model_dump()),
                    event.root,
                    bench.state_level(event.target and event.target.model_dump()),
                )
                # as the benchmark counts: each gold event matches one coded event
                right = unmatched[key] > 0
                unmatched[key] -= right
                rows.append({"fold": fold, "label": int(right), "base": info.confidence,
                             "key": key, "x": features(info, doc, infos)})  # fmt: skip
    return rows, gold_per_fold


def design(rows: list[dict], names: list[str]) -> np.ndarray:
    return np.array([[row["x"].get(name, 0.0) for name in names] for row in rows], dtype=float)


def fit(x: np.ndarray, y: np.ndarray, l2: float) -> dict:
    """Logistic regression by Newton's method; the bias is not penalised. Constant columns get scale 1."""
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    z = np.hstack([np.ones((len(x), 1)), (x - mean) / scale])
    penalty = np.eye(z.shape[1]) * l2
    penalty[0, 0] = 0.0
    w = np.zeros(z.shape[1])
    for _ in range(NEWTON_STEPS):
        p = 1.0 / (1.0 + np.exp(-z @ w))
        gradient = z.T @ (p - y) + penalty @ w
        hessian = (z * (p * (1 - p))[:, None]).T @ z + penalty
        w -= np.linalg.solve(hessian, gradient)
    return {"mean": mean.tolist(), "scale": scale.tolist(), "bias": float(w[0]), "weights": w[1:].tolist()}


def predict(model: dict, x: np.ndarray) -> np.ndarray:
    z = model["bias"] + ((x - np.array(model["mean"])) / np.array(model["scale"])) @ np.array(
        model["weights"]
    )
    return 1.0 / (1.0 + np.exp(-z))


def feature_names(rows: list[dict]) -> list[str]:
    return sorted({name for row in rows for name in row["x"]})


def cross_validated(rows: list[dict], l2: float) -> np.ndarray:
    """Each event's probability from the model trained on the other folds."""
    names = feature_names(rows)
    x, y = design(rows, names), np.array([row["label"] for row in rows], dtype=float)
    folds = np.array([row["fold"] for row in rows])
    held_out = np.zeros(len(rows))
    for fold in sorted(set(folds)):
        test = folds == fold
        held_out[test] = predict(fit(x[~test], y[~test], l2), x[test])
    return held_out


def scores(labels: np.ndarray, kept: np.ndarray, n_gold: int) -> str:
    """Precision, recall and F1 of the kept events, and how many were kept."""
    tp = float(labels[kept].sum())
    precision, recall = tp / max(kept.sum(), 1), tp / n_gold
    f1 = 2 * precision * recall / (precision + recall or 1)
    return f"{precision:.3f} {recall:.3f} {f1:.3f} n={int(kept.sum())}"


def report(rows: list[dict], probability: np.ndarray, gold_per_fold: Counter) -> None:
    """Per held-out fold: all events kept, then only those scored at or above each threshold; and the
    hand-set confidence of the coder as the baseline to beat (events under 0.7, then under 0.8 dropped)."""
    labels = np.array([row["label"] for row in rows], dtype=float)
    hand_set = np.array([row["base"] for row in rows])
    folds = np.array([row["fold"] for row in rows])
    tune = np.array([f.startswith("tune") for f in folds])
    groups = [(f, folds == f, gold_per_fold[f]) for f in sorted(set(folds))]
    groups.append(("tune a-d", tune, sum(n for f, n in gold_per_fold.items() if f.startswith("tune"))))
    groups.append(("all six", np.ones(len(rows), bool), sum(gold_per_fold.values())))
    columns = ["keep all", *(f"p>={t}" for t in THRESHOLDS), "hand>=0.7", "hand>=0.8"]
    print("P R F1 kept per held-out fold; columns: " + " | ".join(columns))
    for name, members, n_gold in groups:
        kept = [np.ones(len(rows), bool), *(probability >= t for t in THRESHOLDS)]
        kept += [hand_set >= 0.7 - 1e-9, hand_set >= 0.8 - 1e-9]
        print(f"{name:9} " + " | ".join(scores(labels[members], k[members], n_gold) for k in kept))
    for name, members in (("all six", np.ones(len(rows), bool)), ("tune a-d", tune)):
        print(f"calibration on {name} (deciles of the held-out probability): mean predicted / observed / n")
        order = np.argsort(probability[members])
        for part in np.array_split(order, 10):
            p, y = probability[members][part], labels[members][part]
            print(f"  {p.mean():.3f} / {y.mean():.3f} / {len(part)}")


def main(l2: float, threshold: float, cv_only: bool) -> None:
    rows, gold_per_fold = labelled_events()
    print(
        f"{len(rows)} coded events, {sum(r['label'] for r in rows)} right; gold per fold {dict(gold_per_fold)}"
    )
    report(rows, cross_validated(rows, l2), gold_per_fold)
    if cv_only:
        return
    names = feature_names(rows)
    model = fit(design(rows, names), np.array([r["label"] for r in rows], dtype=float), l2)
    model = {k: np.round(v, 6).tolist() for k, v in model.items()}
    spec = {"features": names, **model, "threshold": threshold, "l2": l2, "trained_on": list(TRAINING_SPLITS),
            "events": len(rows)}  # fmt: skip
    Path(WEIGHTS).write_text(json.dumps(spec, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {WEIGHTS}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--l2", type=float, default=30.0, help="L2 penalty on the standardised weights")
    parser.add_argument("--threshold", type=float, default=0.3, help="below it an event does not count")
    parser.add_argument("--cv-only", action="store_true", help="print the cross-validation, write nothing")
    arguments = parser.parse_args()
    main(arguments.l2, arguments.threshold, arguments.cv_only)
