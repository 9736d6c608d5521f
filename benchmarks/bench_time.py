"""Time expressions (issue 5): lagebild's `lagebild_time` against the gold set, and `dateparser` as
the comparison.

    python benchmarks/bench_time.py [--errors]      (needs `pip install dateparser` for the comparison)

Gold: `benchmarks/gold/timex.jsonl` (format in `benchmarks/gold/README.md`). Scores:
- span precision/recall/F1, exact (same start and end) and overlap (one-to-one, any shared character);
- value accuracy on matched spans (overlap-matched; value and mod separately and together);
- end to end: gold expressions found (overlap) with the right value, over all gold expressions.
Overall, per language, per source (`sample-corpus`, `seed-article`, `own-sentence` written
alongside the rules, `own-sentence-heldout` written before the rules were run on them) and per gold category (precision per category is undefined: a spurious span
has no category, so categories report recall and value figures).

dateparser (`search_dates`, languages=[lang], RELATIVE_BASE = the anchor, first day of a month
anchor) returns datetimes; it is scored generously: its datetime is written at the gold value's
granularity (day, ISO week, month, season, year) before comparing. It has no durations or sets.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from datetime import datetime
from pathlib import Path

from lagebild import analyze

GOLD = Path(__file__).resolve().parent / "gold" / "timex.jsonl"


def load_gold() -> list[dict]:
    with GOLD.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def lagebild_predictions(item: dict) -> list[dict]:
    analysis = analyze(item["text"], date=item["anchor"], lang=item["lang"])
    return [
        {"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value, "mod": t.mod}
        for t in analysis.timexes
    ]


def _granular(moment: datetime, gold_value: str | None) -> str:
    """dateparser's datetime written the way the gold value is (its best chance)."""
    gold = gold_value or ""
    if len(gold) == 10:
        return moment.date().isoformat()
    if "-W" in gold:
        year, week, _ = moment.isocalendar()
        return f"{year:04d}-W{week:02d}" + ("-WE" if gold.endswith("-WE") else "")
    if len(gold) == 7 and gold[5:7].isdigit():
        return f"{moment.year:04d}-{moment.month:02d}"
    if len(gold) == 7:
        season = {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}
        return f"{moment.year:04d}-{season.get(moment.month, 'FA')}"
    if len(gold) == 4:
        return str(moment.year)
    return moment.isoformat()


def dateparser_predictions(item: dict) -> list[dict]:
    from dateparser.search import search_dates

    settings = {}
    if item["anchor"]:
        parts = [int(p) for p in item["anchor"].split("-")] + [1, 1]
        settings["RELATIVE_BASE"] = datetime(parts[0], parts[1], parts[2])
    found = search_dates(item["text"], languages=[item["lang"]], settings=settings) or []
    predictions, cursor = [], 0
    for surface, moment in found:
        start = item["text"].find(surface, cursor)
        if start < 0:
            start = item["text"].find(surface)
        if start < 0:
            continue
        cursor = start + len(surface)
        predictions.append({"start": start, "end": cursor, "text": surface, "moment": moment})
    return predictions


def match(gold: list[dict], predicted: list[dict], exact: bool) -> list[tuple[dict, dict]]:
    """One-to-one pairs, by exact offsets or by the largest character overlap."""
    pairs, used = [], set()
    for g in gold:
        best, best_overlap = None, 0
        for i, p in enumerate(predicted):
            if i in used:
                continue
            if exact:
                if (p["start"], p["end"]) == (g["start"], g["end"]):
                    best, best_overlap = i, 1
                    break
                continue
            overlap = min(g["end"], p["end"]) - max(g["start"], p["start"])
            if overlap > best_overlap:
                best, best_overlap = i, overlap
        if best is not None:
            used.add(best)
            pairs.append((g, predicted[best]))
    return pairs


class Tally:
    def __init__(self):
        self.gold = self.predicted = self.exact = self.overlap = 0
        self.value = self.mod = self.value_and_mod = 0

    def add(self, gold, predicted, exact_pairs, overlap_pairs, value_of) -> None:
        self.gold += len(gold)
        self.predicted += len(predicted)
        self.exact += len(exact_pairs)
        self.overlap += len(overlap_pairs)
        for g, p in overlap_pairs:
            value_ok = value_of(p, g) == g["value"]
            mod_ok = p.get("mod") == g["mod"]
            self.value += value_ok
            self.mod += mod_ok
            self.value_and_mod += value_ok and mod_ok

    def line(self, name: str, with_precision: bool = True) -> str:
        def prf(hits):
            p = hits / self.predicted if self.predicted else 0.0
            r = hits / self.gold if self.gold else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            return f"P {p:.3f} R {r:.3f} F1 {f:.3f}" if with_precision else f"R {r:.3f}"

        matched = self.overlap or 1
        return (
            f"{name:<28} n={self.gold:<4} exact {prf(self.exact)} | overlap {prf(self.overlap)} | "
            f"value acc (matched) {self.value / matched:.3f} value+mod {self.value_and_mod / matched:.3f} | "
            f"end-to-end value {self.value / (self.gold or 1):.3f}"
        )


def evaluate(name: str, predict, value_of, show_errors: bool) -> None:
    overall, by_lang, by_source, by_category = (
        Tally(),
        defaultdict(Tally),
        defaultdict(Tally),
        defaultdict(Tally),
    )
    errors = []
    for item in load_gold():
        gold, predicted = item["expressions"], predict(item)
        exact, overlap = match(gold, predicted, True), match(gold, predicted, False)
        overall.add(gold, predicted, exact, overlap, value_of)
        by_lang[item["lang"]].add(gold, predicted, exact, overlap, value_of)
        by_source[item["source"]].add(gold, predicted, exact, overlap, value_of)
        for category in {g["category"] for g in gold}:
            subset = [g for g in gold if g["category"] == category]
            by_category[category].add(
                subset,
                [],
                [pair for pair in exact if pair[0]["category"] == category],
                [pair for pair in overlap if pair[0]["category"] == category],
                value_of,
            )
        matched_gold = {id(g) for g, _ in overlap}
        matched_pred = {id(p) for _, p in overlap}
        errors += [
            f"  {item['id']}: missed {g['text']!r} ({g['value']})" for g in gold if id(g) not in matched_gold
        ]
        errors += [f"  {item['id']}: spurious {p['text']!r}" for p in predicted if id(p) not in matched_pred]
        errors += [
            f"  {item['id']}: {g['text']!r} gold {g['value']} {g['mod']} got {value_of(p, g)} {p.get('mod')}"
            for g, p in overlap
            if value_of(p, g) != g["value"] or p.get("mod") != g["mod"]
        ]
    print(f"== {name}")
    print(overall.line("overall"))
    for lang, tally in sorted(by_lang.items()):
        print(tally.line(f"lang {lang}"))
    for source, tally in sorted(by_source.items()):
        print(tally.line(f"source {source}"))
    for category, tally in sorted(by_category.items()):
        print(tally.line(f"category {category}", with_precision=False))
    if show_errors:
        print("\n".join(errors))


def main(argv: list[str]) -> None:
    show_errors = "--errors" in argv
    evaluate("lagebild_time", lagebild_predictions, lambda p, g: p["value"], show_errors)
    evaluate(
        "dateparser search_dates",
        dateparser_predictions,
        lambda p, g: _granular(p["moment"], g["value"]),
        show_errors,
    )


if __name__ == "__main__":
    main(sys.argv[1:])
