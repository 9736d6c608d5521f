"""Precision and recall of the German events kept at several confidence thresholds, on one gold split.

    python benchmarks/bench_events_thresholds.py --split tune6

Scored like `bench_events_de.py` (sentence, source state/IGO, CAMEO root, target state/IGO); prints
summary figures only, so it may be run on held-out splits. The last line is the average precision of the
confidence ranking: the mean, over the right events, of the precision of the events ranked at or above
each (1.0 when every right event outranks every wrong one), which compares two confidence models on the
same events without choosing a threshold.
"""

from __future__ import annotations

import argparse
from collections import Counter

import bench_events_de as bench

from lagebild import analyze

THRESHOLDS = (0.0, 0.3, 0.5, 0.6, 0.7, 0.8)


def main(split: str) -> None:
    events_file, _ = bench.GOLD_FILES.get(split, bench.SAMPLE_GOLD_FILES)
    gold = bench._gold(events_file, bench.SPLITS[split])
    gold_keys = Counter(
        (g["article"], g["sentence"].strip(), g["source"], g["root"], g["target"]) for g in gold
    )
    texts = bench.articles()
    scored = []
    for article_id in sorted({g["article"] for g in gold}):
        text, date = texts[article_id]
        for e in analyze(text, date=date, lang="de").events:
            record = e.model_dump()
            key = (
                article_id,
                record["evidence"]["text"].strip(),
                bench.state_level(record["source"]),
                record["root"],
                bench.state_level(record["target"]),
            )
            scored.append((key, record["confidence"]))
    for threshold in THRESHOLDS:
        kept = Counter(key for key, confidence in scored if confidence >= threshold)
        right = sum((gold_keys & kept).values())
        total = sum(kept.values())
        print(
            f"confidence >= {threshold:.1f}: {total} events, precision {right / max(total, 1):.3f}  "
            f"recall {right / sum(gold_keys.values()):.3f}"
        )
    print(f"average precision of the confidence ranking: {average_precision(scored, gold_keys):.3f}")


def average_precision(scored: list[tuple[tuple, float]], gold_keys: Counter) -> float:
    unmatched = Counter(gold_keys)
    right, total = 0, 0.0
    for rank, (key, _) in enumerate(sorted(scored, key=lambda item: -item[1]), 1):
        if unmatched[key] > 0:
            unmatched[key] -= 1
            right += 1
            total += right / rank
    return total / max(right, 1)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=sorted(bench.SPLITS), default="dev")
    main(parser.parse_args().split)
