"""How far two annotators of the same German articles agree, next to how far the coder agrees with each.

    python benchmarks/bench_gold_agreement.py [--first events_de_tune3.jsonl] [--second events_de_tune3_second.jsonl]

The second file holds an independent annotation of articles the first one already covers, made under
the same guidelines (benchmarks/gold/README.md) by an annotator who saw neither the first annotation nor
any coder output. Scored like `bench_events_de.py`: keys (sentence, source state/IGO, CAMEO root, target
state/IGO), any modality; the first annotation plays the reference, so "precision" is the share of the
second annotator's events the first has too. Agreement bounds what a benchmark of such gold can show:
a coder cannot be measured as more precise than the annotators agree.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter

from bench_events_de import GOLD, articles, state_level

from lagebild import analyze

KEY_LEVELS = {
    "full key (source, root, target)": lambda k: k,
    "without the target (source, root)": lambda k: k[:4],
    "root only": lambda k: (k[0], k[1], k[3]),
}


def _records(name: str) -> list[dict]:
    lines = (GOLD / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _keys(events: list[dict]) -> tuple[Counter, dict]:
    keys = Counter((e["article"], e["sentence"].strip(), e["source"], e["root"], e["target"]) for e in events)
    modality = {
        (e["article"], e["sentence"].strip(), e["source"], e["root"], e["target"]): e["modality"]
        for e in events
    }
    return keys, modality


def _coder_events(article_ids: set[str]) -> list[dict]:
    texts = articles()
    coded = []
    for article_id in sorted(article_ids):
        text, date = texts[article_id]
        for e in analyze(text, date=date, lang="de").events:
            record = e.model_dump()
            coded.append(
                {
                    "article": article_id,
                    "sentence": record["evidence"]["text"],
                    "source": state_level(record["source"]),
                    "root": record["root"],
                    "target": state_level(record["target"]),
                    "modality": record["modality"],
                }
            )
    return coded


def _compare(label: str, reference: list[dict], other: list[dict]) -> None:
    ref_keys, ref_modality = _keys(reference)
    other_keys, other_modality = _keys(other)
    print(f"{label}: reference {sum(ref_keys.values())} events, other {sum(other_keys.values())}")
    for level, project in KEY_LEVELS.items():
        ref = Counter(project(k) for k in ref_keys.elements())
        oth = Counter(project(k) for k in other_keys.elements())
        both = sum((ref & oth).values())
        precision, recall = both / max(sum(oth.values()), 1), both / max(sum(ref.values()), 1)
        f1 = 2 * precision * recall / (precision + recall or 1)
        print(f"  {level}: precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}")
    matched = ref_keys & other_keys
    same = sum(ref_modality[k] == other_modality[k] for k in matched)
    print(
        f"  factuality agreement on matched events {same}/{len(matched)} = {same / max(len(matched), 1):.3f}"
    )


def main(first: str, second: str) -> None:
    second_events = _records(second)
    article_ids = {e["article"] for e in second_events}
    first_events = [e for e in _records(first) if e["article"] in article_ids]
    print(f"{len(article_ids)} articles annotated twice ({first} and {second})")
    _compare("second annotator against the first", first_events, second_events)
    coded = _coder_events(article_ids)
    _compare("coder against the first annotator", first_events, coded)
    _compare("coder against the second annotator", second_events, coded)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--first", default="events_de_tune3.jsonl")
    parser.add_argument("--second", default="events_de_tune3_second.jsonl")
    args = parser.parse_args()
    main(args.first, args.second)
