"""The table of target rules by CAMEO root (benchmarks/bench_events_misses.py, `rule_root_table`): right
and wrong events per rule and root, and what the gold says of the wrong ones."""

from __future__ import annotations

from collections import Counter

from tests.benchmark_scripts import benchmark_script


def test_wrong_targets_are_told_apart_by_what_the_gold_has():
    sentence = "Paris rief zur Ruhe auf."
    gold = Counter({("a", sentence, "FRA", "02", None): 1, ("b", sentence, "FRA", "13", "DEU"): 1})
    coded = {
        "a": [(("a", sentence, "FRA", "02", "ITA"), "context", {"ITA", None})],
        "b": [
            (("b", sentence, "FRA", "13", "DEU"), "parse", {"DEU", None}),
            (("b", sentence, "FRA", "13", "DEU"), "parse", {"DEU", None}),
            (("b", sentence, "FRA", "13", "ESP"), "context", {"ESP", "DEU", None}),
        ],
    }
    table = benchmark_script("bench_events_misses").rule_root_table(coded, gold)
    assert table["context", "02"] == Counter({"wrong": 1, "gold none": 1})
    # a gold event is matched once: its second copy is wrong, with the gold target among its candidates
    assert table["parse", "13"] == Counter({"right": 1, "wrong": 1, "gold other": 1, "candidate": 1})
    assert table["context", "13"] == Counter({"wrong": 1, "gold other": 1, "candidate": 1})
