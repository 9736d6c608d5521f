"""Are the German coder's misses missing words? For each of the newest tuning banks, how many of the gold events
the coder finds and misses have a trigger that shares a word with a trigger of the same CAMEO root in the gold of
the other tuning banks.

    python benchmarks/bench_events_trigger_vocabulary.py [--banks tune15 tune16 tune17 tune18 tune19 tune20]

A gold event is found when its key (article, sentence, source state/IGO, root, target state/IGO) is among the
coder's, counted as `bench_events_de.py` counts it. A trigger's words are its lowercased words of three letters
or more without the function words below. Only tuning banks are read (those `train_confidence_de.py` learns
from); the held-out ones never are.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict

import bench_events_de as bench
from train_confidence_de import TRAINING_SPLITS, bank_of

from lagebild import analyze

NEWEST = ("tune15", "tune16", "tune17", "tune18", "tune19", "tune20")
FUNCTION_WORDS = frozenset({
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "und", "mit",
    "von", "auf", "für", "gegen", "sich", "nicht", "kein", "keine",
})  # fmt: skip


def trigger_words(trigger: str | None) -> set[str]:
    words = re.findall(r"\w+", (trigger or "").lower())
    return {w for w in words if len(w) > 2 and w not in FUNCTION_WORDS}


def key(article: str, sentence: str, source, root: str, target) -> tuple:
    return (article, sentence.strip(), source, root, target)


def main(banks: tuple[str, ...]) -> None:
    gold = {
        split: bench._gold(bench.GOLD_FILES.get(split, bench.SAMPLE_GOLD_FILES)[0], bench.SPLITS[split])
        for split in TRAINING_SPLITS
    }
    roots_of_word = {split: defaultdict(set) for split in gold}
    for split, events in gold.items():
        for event in events:
            for word in trigger_words(event.get("trigger")):
                roots_of_word[split][word].add(event["root"])
    texts = bench.articles()
    total = Counter()
    for bank in banks:
        elsewhere = defaultdict(set)
        for split, words in roots_of_word.items():
            if bank_of(split) != bank_of(bank):
                for word, roots in words.items():
                    elsewhere[word] |= roots
        predicted = Counter()
        for article in sorted({g["article"] for g in gold[bank]}):
            text, date = texts[article]
            for e in analyze(text, date=date, lang="de").events:
                record = e.model_dump()
                source, target = bench.state_level(record["source"]), bench.state_level(record["target"])
                predicted[key(article, record["evidence"]["text"], source, record["root"], target)] += 1
        counts = Counter()
        for g in gold[bank]:
            k = key(g["article"], g["sentence"], g["source"], g["root"], g["target"])
            found = predicted[k] > 0
            predicted[k] -= found
            known = any(g["root"] in elsewhere.get(word, ()) for word in trigger_words(g.get("trigger")))
            counts["found" if found else "missed", known] += 1
        total.update(counts)
        _report(bank, counts)
    _report("together", total)


def _report(name: str, counts: Counter) -> None:
    parts = []
    for outcome in ("found", "missed"):
        known, all_ = counts[outcome, True], counts[outcome, True] + counts[outcome, False]
        parts.append(
            f"{outcome} {all_}, trigger word known with its root {known} ({known / max(all_, 1):.0%})"
        )
    print(f"{name:9s} " + "; ".join(parts))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--banks", nargs="+", default=list(NEWEST), choices=TRAINING_SPLITS)
    main(tuple(parser.parse_args().banks))
