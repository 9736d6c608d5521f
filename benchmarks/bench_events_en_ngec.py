"""English event coder against NGEC's synthetic stories: event-type recall and precision per story.

python benchmarks/bench_events_en_ngec.py [--data ../shared/data] [--sample] [--every N] [--errors K]

Dataset: `plover/ngec_synthetic_events_en.csv.zip` (MIT, read from the zip, never unpacked into the
repository): 4,500 synthetic English news stories (~200 words each), each generated from a headline
about one event and labelled with that event's PLOVER type (16 types, 2021 names as our codebook uses
them) and often a PLOVER mode. A story mentions other events too (statements, meetings, the events
that led to the labelled one), and those carry no label.

Measures (story level; the coder's output events with a PLOVER category, negated ones left out):
- recall: share of stories where the coder outputs at least one event of the labelled type;
- precision: share of the (story, type) pairs the coder outputs that are the labelled type. A lower
  bound: a type other than the label may well be a true but unlabelled event of the story;
- top-type accuracy: the type with the most events in a story (ties: the first mentioned) is the
  label, i.e. the coder used as a document classifier;
- stories with no typed event at all, and recall per type.

`--sample` scores only the named tuning sample (stories whose index in file order is a multiple of 25:
180 stories); everything else is a check nobody tunes on. `--every N` scores every N-th story (quick
looks; the full run takes ~15 min on the shared machine).
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
import zipfile
from collections import Counter
from pathlib import Path

from lagebild.events.codebook import codebook
from lagebild.events.english import code_english_events
from lagebild.pipeline import get_pipeline

ARCHIVE = Path("plover") / "ngec_synthetic_events_en.csv.zip"
SAMPLE_STRIDE = 25  # the tuning sample: indexes 0, 25, 50 … (180 of 4,500 stories)


def stories(data: Path) -> list[dict]:
    with zipfile.ZipFile(data / ARCHIVE) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".csv"))
        with archive.open(name) as raw:
            return list(csv.DictReader(io.TextIOWrapper(raw, encoding="utf-8")))


def story_types(text: str, nlp) -> list[str]:
    """The PLOVER types of the coder's non-negated events, in text order (one entry per event)."""
    doc = nlp(text)
    events = sorted(code_english_events(doc), key=lambda e: e.trigger.start)
    book = codebook()
    return [book[e.code].plover for e in events if e.modality != "negated" and book[e.code].plover]


def top_type(types: list[str]) -> str | None:
    if not types:
        return None
    counts = Counter(types)
    best = max(counts.values())
    return next(t for t in types if counts[t] == best)


def evaluate(rows: list[tuple[int, dict]], errors: int) -> dict:
    nlp = get_pipeline("en")
    found = predicted_pairs = right_pairs = top_right = empty = 0
    per_type: dict[str, list[int]] = {}
    shown = 0
    for index, row in rows:
        label = row["label"]
        types = story_types(row["text"], nlp)
        kinds = set(types)
        hit = label in kinds
        found += hit
        predicted_pairs += len(kinds)
        right_pairs += hit
        top_right += top_type(types) == label
        empty += not kinds
        per_type.setdefault(label, [0, 0])
        per_type[label][0] += hit
        per_type[label][1] += 1
        if not hit and shown < errors:
            shown += 1
            print(
                f"  MISS #{index} {label}/{row['mode']}: got {sorted(kinds)} | {row['text'][:160]!r}",
                file=sys.stderr,
            )
    n = len(rows)
    return {
        "stories": n,
        "recall": round(found / n, 3) if n else None,
        "precision_lower_bound": round(right_pairs / predicted_pairs, 3) if predicted_pairs else None,
        "top_type_accuracy": round(top_right / n, 3) if n else None,
        "stories_without_typed_event": empty,
        "recall_by_type": {t: round(h / total, 3) for t, (h, total) in sorted(per_type.items())},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument(
        "--sample", action="store_true", help="only the named tuning sample (every 25th story)"
    )
    parser.add_argument("--every", type=int, default=1, help="score every N-th story")
    parser.add_argument("--errors", type=int, default=0, help="print this many missed stories to stderr")
    args = parser.parse_args()
    rows = list(enumerate(stories(args.data)))
    stride = SAMPLE_STRIDE if args.sample else args.every
    rows = rows[::stride]
    name = "tuning sample" if args.sample else ("all stories" if stride == 1 else f"every {stride}th story")
    print(f"NGEC synthetic stories ({name}): {json.dumps(evaluate(rows, args.errors))}")


if __name__ == "__main__":
    main()
