"""Where the German coder goes wrong on the tuning splits: what part of the key each wrong or missed event
gets wrong, and how precise each target rule is.

    python benchmarks/bench_events_misses.py [--split tune22 ...] [--by-root]

The key is the one `bench_events_de.py` scores (article, sentence, source state, CAMEO root, target
state). A wrong event is classed by the nearest gold event of its sentence (only the target wrong, only
the source, both, only the root, root and target, nothing alike; no gold event in the sentence at all),
and a missed gold event likewise by the coded events of its sentence. The target rules are those the
coder records per event (`EventInfo.target_rule`: parse, derived, nearby, context, counterpart, filled,
home, person, none). `--by-root` adds a table per (target rule, CAMEO root): of the coded events, how
many are right, wrong where the gold event of the same source and root has no target, wrong where it
has another, and how many of the wrong ones would be right with no target or with another of the
candidates the target ranker weighs (`target_ranking.candidates`). The held-out splits (test, blind2, tune4, tune6, tune62, tune63, tune64) are not read
unless named.
"""

from __future__ import annotations

import argparse
from collections import Counter
from multiprocessing import Pool

import bench_events_de as bench
from train_confidence_de import TRAINING_SPLITS
from train_targets_de import scored_state

from lagebild.analysis import get_pipeline
from lagebild.events.target_ranking import article_view, candidates

_texts: dict[str, tuple[str, str | None]] = {}


def _coded(article: str) -> tuple[str, list[tuple[tuple, str, set]]]:
    """The article's coded events: their key, target rule and the states of their candidate targets."""
    text, date = _texts[article]
    nlp = get_pipeline("de")
    doc = nlp.make_doc(text)
    doc._.article_date = date
    doc._.language = "de"
    doc = nlp(doc)
    view = article_view(doc)
    return article, [
        (
            (
                article,
                e.evidence.sent.text.strip(),
                scored_state(e.source),
                e.code[:2],
                scored_state(e.target),
            ),
            e.target_rule,
            {scored_state(c.span) for c in candidates(e, doc, doc._.events, view)},
        )
        for e in doc._.events
    ]


def kind_of_error(key: tuple, others: list[tuple]) -> str:
    """What part of the key differs from the nearest event of the same sentence in `others`."""
    article, sentence, source, root, target = key
    same = [o for o in others if o[0] == article and o[1] == sentence]
    if not same:
        return "nothing in the sentence"
    for kind, alike in (
        ("target", lambda o: o[2] == source and o[3] == root),
        ("source", lambda o: o[3] == root and o[4] == target),
        ("source and target", lambda o: o[3] == root),
        ("root", lambda o: o[2] == source and o[4] == target),
        ("root and target", lambda o: o[2] == source),
    ):
        if any(alike(o) for o in same):
            return kind
    return "other events of the sentence"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", nargs="+", default=list(TRAINING_SPLITS), help="splits to read")
    parser.add_argument("--by-root", action="store_true", help="the target rules' table by CAMEO root")
    arguments = parser.parse_args()
    _texts.update(bench.articles())
    gold: Counter = Counter()
    articles = set()
    for split in arguments.split:
        events_file, negatives_file = bench.GOLD_FILES.get(split, bench.SAMPLE_GOLD_FILES)
        for row in bench._gold(events_file, bench.SPLITS[split]):
            gold[(row["article"], row["sentence"].strip(), row["source"], row["root"], row["target"])] += 1
        articles |= {row["article"] for row in bench._gold(negatives_file, bench.SPLITS[split])}
    articles |= {key[0] for key in gold}
    with Pool(2) as pool:
        coded = dict(pool.map(_coded, sorted(articles), chunksize=4))
    predicted = Counter(key for events in coded.values() for key, _, _ in events)
    right, wrong, missed = predicted & gold, predicted - gold, gold - predicted
    print(f"splits {' '.join(arguments.split)}: gold {sum(gold.values())}, coded {sum(predicted.values())}, "
          f"right {sum(right.values())}")  # fmt: skip
    for title, errors, others in (
        ("wrong events", wrong, list(gold)),
        ("missed events", missed, list(predicted)),
    ):
        kinds: Counter = Counter()
        for key, count in errors.items():
            kinds[kind_of_error(key, others)] += count
        print(f"{title} {sum(errors.values())}: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))
    by_rule: Counter = Counter()
    for events in coded.values():
        for key, rule, _ in events:
            by_rule[rule, key in gold] += 1
    print("target rules (events, right, precision):")
    for rule in sorted({rule for rule, _ in by_rule}, key=lambda r: -(by_rule[r, True] + by_rule[r, False])):
        total = by_rule[rule, True] + by_rule[rule, False]
        print(f"  {rule:12s} {total:5d} {by_rule[rule, True]:5d}  {by_rule[rule, True] / total:.3f}")
    if arguments.by_root:
        _print_rule_roots(coded, gold)


def rule_root_table(coded: dict, gold: Counter) -> dict[tuple[str, str], Counter]:
    """Per (target rule, root) of the coded events (key, rule, candidate states): right, wrong with the
    gold target none, wrong with another gold target, and of the wrong ones those whose gold target is
    another of their candidates."""
    targets_of: dict[tuple, set] = {}
    for article, sentence, source, root, target in gold:
        targets_of.setdefault((article, sentence, source, root), set()).add(target)
    left = Counter(gold)
    table: dict[tuple[str, str], Counter] = {}
    for events in coded.values():
        for key, rule, states in events:
            row = table.setdefault((rule, key[3]), Counter())
            if left[key] > 0:
                left[key] -= 1
                row["right"] += 1
                continue
            targets = targets_of.get(key[:4], set())
            row["wrong"] += 1
            row["gold none"] += None in targets
            row["gold other"] += bool(targets - {None})
            row["candidate"] += bool((targets - {None}) & states)
    return table


def _print_rule_roots(coded: dict, gold: Counter) -> None:
    columns = ("right", "wrong", "gold none", "gold other", "candidate")
    print("rule         root " + " ".join(f"{c:>10s}" for c in columns))
    for (rule, root), row in sorted(rule_root_table(coded, gold).items(), key=lambda item: -item[1]["wrong"]):
        print(f"  {rule:12s} {root:3s} " + " ".join(f"{row[c]:10d}" for c in columns))


if __name__ == "__main__":
    main()
