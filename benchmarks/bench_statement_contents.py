"""Can the content of reported speech be coded by a learned classifier? An experiment on the tuning splits.

    python benchmarks/bench_statement_contents.py

The coder drops a plain statement ("sagte", CAMEO 010) as a quotation, yet the gold often codes what
the quotation says as the speaker's event ("Ankara sei bereit zu verhandeln, versicherte Erdoğan" as
036). The candidates are the quotations (`lagebild_quotes`) whose speaker has a state and whose
sentence has no coded event of that state, in the annotated sentences of the tuning splits
(`train_confidence_de.TRAINING_SPLITS`). The script prints how many there are, how many stand where
the gold has an event of the speaker's state, its roots, and where its target is named; then a
multinomial logistic regression over the quotation's words, the speech verb, the states it names and
the roots the coder found in it, scored leave one bank out: how many events it would emit at each
probability and how many are right on the full key (root, and the first other state the quotation
names as the target). The held-out splits are not read. Nothing of this is part of the coder.
"""

from __future__ import annotations

from collections import Counter
from multiprocessing import Pool

import bench_events_de as bench
import numpy as np
from train_confidence_de import TRAINING_SPLITS, bank_of
from train_targets_de import scored_state

from lagebild.analysis import get_pipeline
from lagebild.pipeline.annotations import QUOTE_SPANS

CONTENT_POS = ("NOUN", "VERB", "ADJ", "ADV", "AUX", "PART", "ADP")
NO_EVENT = "none"
THRESHOLDS = (0.2, 0.3, 0.4, 0.5, 0.6)
L2, STEPS, RATE, MIN_COUNT = 1.0, 300, 0.5, 2

_texts: dict[str, tuple[str, str | None]] = {}


def _quotations(article: str) -> tuple[str, list[dict]]:
    """Per quotation with a speaker: the sentence, the speaker's state, its features' raw parts."""
    text, date = _texts[article]
    nlp = get_pipeline("de")
    doc = nlp.make_doc(text)
    doc._.article_date, doc._.language = date, "de"
    doc = nlp(doc)
    events = doc._.events or []
    found = []
    for quote in doc.spans.get(QUOTE_SPANS, []):
        info = quote._.quote
        if info is None or info.speaker is None:
            continue
        sentence = quote[0].sent
        named = [*doc.ents, *doc.spans.get("lagebild_actor_refs", [])]
        found.append({
            "sentence": sentence.text.strip(), "source": scored_state(info.speaker), "kind": info.kind,
            "cue": info.cue.lemma_.lower() if info.cue is not None else None,
            "words": [t.lemma_.lower() for t in quote if t.pos_ in CONTENT_POS],
            "states": [s for e in named if quote.start <= e.start < quote.end and (s := scored_state(e))],
            "coded": [(scored_state(e.source), e.code[:2]) for e in events if e.evidence.sent == sentence],
        })  # fmt: skip
    return article, found


def candidates() -> list[dict]:
    """The quotations of the annotated sentences whose speaker has a state and no coded event there,
    with the gold events of the speaker's state in that sentence (root, target) and the bank."""
    _texts.update(bench.articles())
    gold: dict[tuple, list] = {}
    annotated, bank = set(), {}
    for split in TRAINING_SPLITS:
        events_file, negatives_file = bench.GOLD_FILES.get(split, bench.SAMPLE_GOLD_FILES)
        for g in bench._gold(events_file, bench.SPLITS[split]):
            gold.setdefault((g["article"], g["sentence"].strip()), []).append(
                (g["source"], g["root"], g["target"])
            )
        for row in bench._gold(events_file, bench.SPLITS[split]) + bench._gold(
            negatives_file, bench.SPLITS[split]
        ):
            annotated.add((row["article"], row["sentence"].strip()))
            bank[row["article"]] = bank_of(split)
    with Pool(2) as pool:
        quoted = pool.map(_quotations, sorted(bank), chunksize=4)
    rows = []
    for article, quotations in quoted:
        for q in quotations:
            key = (article, q["sentence"])
            if key not in annotated or q["source"] is None or any(s == q["source"] for s, _ in q["coded"]):
                continue
            q["gold"] = [
                (root, target) for source, root, target in gold.get(key, []) if source == q["source"]
            ]
            q["bank"] = bank[article]
            rows.append(q)
    return rows


def features(row: dict) -> Counter:
    found = Counter(f"w={w}" for w in row["words"])
    found[f"cue={row['cue']}"] = found[f"kind={row['kind']}"] = found["bias"] = 1
    found["other_state"] = float(any(s != row["source"] for s in row["states"]))
    found["own_state"] = float(row["source"] in row["states"])
    for _, root in row["coded"]:
        found[f"coded_root={root}"] = 1
    return found


def target(row: dict) -> str | None:
    """The first other state the quotation names."""
    return next((s for s in row["states"] if s != row["source"]), None)


def fit(x: list[Counter], labels: list[int], n_classes: int) -> tuple[dict, np.ndarray]:
    """Softmax regression by gradient descent, words seen fewer than MIN_COUNT times left out."""
    counts = Counter(name for row in x for name in row)
    vocabulary = {name: j for j, name in enumerate(n for n, c in counts.items() if c >= MIN_COUNT)}
    design = _design(x, vocabulary)
    truth = np.eye(n_classes)[labels]
    weights = np.zeros((len(vocabulary), n_classes))
    for _ in range(STEPS):
        gradient = design.T @ (_softmax(design @ weights) - truth) + L2 * weights
        weights -= RATE * gradient / len(x)
    return vocabulary, weights


def _design(x: list[Counter], vocabulary: dict) -> np.ndarray:
    design = np.zeros((len(x), len(vocabulary)))
    for i, row in enumerate(x):
        for name, value in row.items():
            if name in vocabulary:
                design[i, vocabulary[name]] = value
    return design


def _softmax(z: np.ndarray) -> np.ndarray:
    z = np.exp(z - z.max(axis=1, keepdims=True))
    return z / z.sum(axis=1, keepdims=True)


def main() -> None:
    rows = candidates()
    with_gold = [r for r in rows if r["gold"]]
    gold_events = [g for r in rows for g in r["gold"]]
    inside = sum(1 for r in rows for _, t in r["gold"] if t is not None and t == target(r))
    print(f"quotations with a stated speaker and no coded event of its state: {len(rows)}")
    print(
        f"  in sentences with a gold event of the speaker's state: {len(with_gold)} ({len(gold_events)} events)"
    )
    print(f"  gold roots: {Counter(root for root, _ in gold_events).most_common()}")
    print(f"  gold target = the first other state the quotation names: {inside}; no target: "
          f"{sum(t is None for _, t in gold_events)}")  # fmt: skip
    labels = [r["gold"][0][0] if r["gold"] else NO_EVENT for r in rows]
    classes = sorted(set(labels))
    x = [features(r) for r in rows]
    held_out = np.zeros((len(rows), len(classes)))
    for bank in sorted({r["bank"] for r in rows}):
        train = [i for i, r in enumerate(rows) if r["bank"] != bank]
        test = [i for i, r in enumerate(rows) if r["bank"] == bank]
        vocabulary, weights = fit(
            [x[i] for i in train], [classes.index(labels[i]) for i in train], len(classes)
        )
        held_out[test] = _softmax(_design([x[i] for i in test], vocabulary) @ weights)
    print("leave one bank out: threshold  emitted  right (root + target)  root right  precision")
    for threshold in THRESHOLDS:
        emitted = right = root_right = 0
        for row, probability in zip(rows, held_out, strict=True):
            best = int(probability.argmax())
            if classes[best] == NO_EVENT or probability[best] < threshold:
                continue
            emitted += 1
            right += (classes[best], target(row)) in row["gold"]
            root_right += classes[best] in {root for root, _ in row["gold"]}
        print(f"  {threshold:.1f}  {emitted:5d}  {right:5d}  {root_right:5d}  {right / max(emitted, 1):.2f}")


if __name__ == "__main__":
    main()
