"""Quotation benchmark on our own news: quote spans and speakers against benchmarks/gold/quotes.jsonl.

Gold format (JSON Lines, one article per line): `id` (sample-corpus id or `seed`), `source`
(`corpus-de`, `corpus-en`, `seed`, or `inline` with the article in `text`, `lang` and `date`), `quotes`: objects with `kind` (`direct`, `indirect`), `start`,
`end` (character offsets into the article text; for the seed, the text after `date 2021-10 `),
`text` (the same characters, for checking), `cue` (the speech verb or source phrase as written,
null when a quote continues the previous speaker), `speaker` (who said it: an actor's name or, if
unnamed, the role phrase) and `speaker_keys` (strings, one of which must occur in the predicted
speaker name for the speaker to count as right; e.g. ["Außenministerium", "Russland"]).

Annotation conventions (the same the component follows): a direct quote is the text inside the
outermost quotation marks without a trailing comma; a split quote („A“, sagte X, „B“) is two
quotes; a quote over several sentences is one. An indirect quote is the reported clause without
dass/ob/that and final punctuation; a reported clause interrupted by its cue ("A, sagte er, B") is
two quotes; for "laut X", "nach Angaben von X" and "according to X" the quote is the rest of the
sentence, or the whole sentence when the phrase stands in its middle. Speech acts whose object is a
noun phrase ("nannte die Vorwürfe haltlos", "sprach von einem Vertragsbruch") are not quotes, nor
are one- or two-word scare quotes; a negated cue ("sagte er nicht") reports nothing.

Scores: quote span precision/recall/F1, exact (same offsets) and overlap (one-to-one, any shared
character); speaker accuracy over gold quotes that a predicted quote overlaps, per kind, and
end to end (a missed quote counts as a wrong speaker). The speaker is judged on the record's
`speaker_name`, i.e. after the actor stage resolved pronouns and role nouns.

benchmarks/gold/quotes.jsonl covers the sample corpus and the seed; the rules were developed on
these articles, so its figures are not held out. benchmarks/gold/quotes-heldout.jsonl holds ten
short articles written and annotated after the rules were frozen, before running them
(`--gold benchmarks/gold/quotes-heldout.jsonl`).

    python benchmarks/bench_quotes.py [--gold FILE] [--without-actors] [--lang de|en] [--errors]
"""

from __future__ import annotations

import argparse
import json
import unicodedata
from collections import Counter
from pathlib import Path

from lagebild.analysis import records_from_doc
from lagebild.pipeline import build_pipeline
from lagebild.records import Article, PipelineInfo

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "benchmarks" / "gold" / "quotes.jsonl"
SAMPLES = ROOT / "src" / "lagebild" / "samples"
SEED = ROOT.parent / "shared" / "seeds" / "seed-article-de.txt"


def load_articles() -> dict[str, dict]:
    articles = {}
    for lang in ("de", "en"):
        for line in (SAMPLES / f"corpus-{lang}.jsonl").read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            articles[item["id"]] = {"text": item["text"], "date": item.get("date"), "lang": lang}
    _, date, text = SEED.read_text(encoding="utf-8").strip().split(" ", 2)
    articles["seed"] = {"text": text, "date": date, "lang": "de"}
    return articles


def predict(article: dict, pipelines: dict, article_id: str) -> list:
    nlp = pipelines[article["lang"]]
    doc = nlp.make_doc(article["text"])
    doc._.article_date = article["date"]
    doc._.language = article["lang"]
    doc = nlp(doc)
    info = PipelineInfo(name="bench", version="0", components=nlp.pipe_names)
    record = Article(id=article_id, language=article["lang"], date=article["date"], text=article["text"])
    return records_from_doc(doc, record, info).quotes


def overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def f1(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def folded(text: str) -> str:
    """Case and diacritics folded: the KB may spell "Mevlut Cavusoglu" for "Mevlüt Çavuşoğlu"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def speaker_right(gold: dict, predicted) -> bool:
    name = folded(predicted.speaker_name or "")
    return any(folded(key) in name for key in gold["speaker_keys"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--without-actors", action="store_true", help="drop the actor stage (no pronoun resolution)"
    )
    parser.add_argument(
        "--lang", choices=["de", "en"], help="only articles in this language (the seed is German)"
    )
    parser.add_argument(
        "--errors", action="store_true", help="print missed, spurious and misattributed quotes"
    )
    parser.add_argument("--gold", type=Path, default=GOLD, help="gold file (default: %(default)s)")
    args = parser.parse_args()

    pipelines = {lang: build_pipeline(lang) for lang in ("de", "en")}
    if args.without_actors:
        for nlp in pipelines.values():
            if "lagebild_actors" in nlp.pipe_names:
                nlp.remove_pipe("lagebild_actors")
    articles = load_articles()
    counts = Counter()
    for line in args.gold.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        article = articles[item["id"]] if item["source"] != "inline" else item
        if args.lang and article["lang"] != args.lang:
            continue
        gold = item["quotes"]
        for g in gold:
            assert article["text"][g["start"] : g["end"]] == g["text"], (item["id"], g["text"])
        predicted = predict(article, pipelines, item["id"])
        counts["gold"] += len(gold)
        counts["pred"] += len(predicted)
        exact = {(p.start, p.end) for p in predicted}
        counts["exact"] += sum((g["start"], g["end"]) in exact for g in gold)
        unused = list(predicted)
        for g in gold:
            kind = g["kind"]
            counts[f"gold_{kind}"] += 1
            best = max(unused, key=lambda p: overlap(g["start"], g["end"], p.start, p.end), default=None)
            if best is None or not overlap(g["start"], g["end"], best.start, best.end):
                if args.errors:
                    print(f"MISSED   {item['id']} {kind[:3]} {g['text'][:80]!r}")
                continue
            unused.remove(best)
            counts["overlap"] += 1
            counts[f"matched_{kind}"] += 1
            counts["kind_right"] += best.kind == kind
            if speaker_right(g, best):
                counts[f"speaker_{kind}"] += 1
            elif args.errors:
                print(
                    f"SPEAKER  {item['id']} {kind[:3]} {g['text'][:60]!r}: {best.speaker_name!r} ≠ {g['speaker']!r}"
                )
        if args.errors:
            for p in unused:
                print(f"SPURIOUS {item['id']} {p.kind[:3]} {p.text[:80]!r} ({p.speaker_name})")

    print(f"gold quotes {counts['gold']} (direct {counts['gold_direct']}, indirect {counts['gold_indirect']}), "
          f"predicted {counts['pred']}")  # fmt: skip
    for label in ("exact", "overlap"):
        p, r, f = f1(counts[label], counts["pred"], counts["gold"])
        print(f"quote span {label:7}: P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    print(f"kind right on matched quotes: {counts['kind_right'] / max(counts['overlap'], 1):.3f}")
    for kind in ("direct", "indirect"):
        right, matched, total = counts[f"speaker_{kind}"], counts[f"matched_{kind}"], counts[f"gold_{kind}"]
        print(
            f"speaker accuracy {kind:8}: {right / max(matched, 1):.3f} of matched ({right}/{matched}), "
            f"{right / max(total, 1):.3f} end to end ({right}/{total})"
        )


if __name__ == "__main__":
    main()
