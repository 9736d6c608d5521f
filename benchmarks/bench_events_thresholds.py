"""Precision and recall of the German events kept at several confidence thresholds, on one gold split.

    python benchmarks/bench_events_thresholds.py --split tune6

Scored like `bench_events_de.py` (sentence, source state/IGO, CAMEO root, target state/IGO); prints
summary figures only, so it may be run on held-out splits.
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


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=sorted(bench.SPLITS), default="dev")
    main(parser.parse_args().split)
