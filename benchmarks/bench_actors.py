"""Actor linking accuracy on benchmarks/gold/actors.jsonl: `python benchmarks/bench_actors.py [-v]
[--without-model]` (-v lists the errors; --without-model runs only lagebild's own components).

Gold format (one JSON object per line): `doc` (seed = the seed article, else a sample-corpus id),
`start`/`end` (character offsets in the article text), `text`, `kb_id` (KB actor or null),
`actor_code` (for actors without a KB id: the code a document actor must get, else null), `kind`
(ent, ref = role noun or pronoun, distractor = must not be linked), `split`: `dev` (13 articles
the rules were developed on) or `heldout` (12 articles annotated afterwards; see docs in the report).

Accuracy = correct gold mentions / all gold mentions, where the prediction is the actor of the span
with exactly the gold offsets in `doc.ents` or `doc.spans[ACTOR_REF_SPANS]` (a missing span is
wrong). Correct: the same kb_id when gold has one; else no kb_id and the same actor_code; for a
distractor, no span overlapping it carries a kb_id or actor_code. Linked spans that match no gold
mention are counted separately (a precision check; `-v` lists the errors).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from functools import cache
from pathlib import Path

from spacy.language import Language

from lagebild import pipeline
from lagebild.ingest.readers import read_inputs
from lagebild.pipeline.annotations import ACTOR_REF_SPANS

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "benchmarks/gold/actors.jsonl"
SEED = ROOT.parent / "shared/seeds/seed-article-de.txt"


def articles() -> dict[str, tuple[str, str, str]]:
    seed = next(read_inputs([SEED]))
    found = {"seed": (seed.text, seed.date, "de")}
    for lang in ("de", "en"):
        for line in (
            (ROOT / f"src/lagebild/samples/corpus-{lang}.jsonl").read_text(encoding="utf-8").splitlines()
        ):
            item = json.loads(line)
            found[item["id"]] = (item["text"], item["date"], lang)
    return found


@cache
def pipeline_up_to_actors(lang: str) -> Language:
    """The real pipeline, cut after `lagebild_actors`: later stages do not change actors, and
    cutting them keeps this figure independent of their state."""
    stages = [name for name, _ in pipeline.STAGES]
    original = pipeline.STAGES
    pipeline.STAGES = original[: stages.index("lagebild_actors") + 1]
    try:
        return pipeline.build_pipeline(lang)
    finally:
        pipeline.STAGES = original


def predictions(text: str, date: str, lang: str) -> list[tuple[int, int, object]]:
    nlp = pipeline_up_to_actors(lang)
    # --without-model: only our components (no tagger, parser, NER), as before the model existed
    disabled = (
        [p for p in nlp.pipe_names if not p.startswith("lagebild_")] if "--without-model" in sys.argv else []
    )
    doc = nlp.make_doc(text)
    doc._.article_date = date
    doc._.language = lang
    with nlp.select_pipes(disable=disabled):
        doc = nlp(doc)
    spans = [*doc.ents, *doc.spans.get(ACTOR_REF_SPANS, [])]
    return [(s.start_char, s.end_char, s._.actor) for s in spans if s._.actor is not None]


def is_correct(gold: dict, predicted: list) -> bool:
    if gold["kind"] == "distractor":
        return not any(
            s < gold["end"] and gold["start"] < e and (a.kb_id or a.actor_code) for s, e, a in predicted
        )
    actor = next((a for s, e, a in predicted if (s, e) == (gold["start"], gold["end"])), None)
    if actor is None:
        return False
    if gold["kb_id"]:
        return actor.kb_id == gold["kb_id"]
    return actor.kb_id is None and actor.actor_code == gold["actor_code"]


def main() -> int:
    gold = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = articles()
    cache = {doc: predictions(*texts[doc]) for doc in sorted({g["doc"] for g in gold})}
    totals, correct = Counter(), Counter()
    for item in gold:
        ok = is_correct(item, cache[item["doc"]])
        for group in (
            "all",
            f"split {item['split']}",
            f"kind {item['kind']}",
            f"lang {texts[item['doc']][2]}",
        ):
            totals[group] += 1
            correct[group] += ok
        if not ok and "-v" in sys.argv:
            print("WRONG", item)
    gold_spans = {(g["doc"], g["start"], g["end"]) for g in gold}
    extra = [
        (doc, s, e) for doc, predicted in cache.items() for s, e, a in predicted
        if (a.kb_id or a.actor_code) and (doc, s, e) not in gold_spans
    ]  # fmt: skip
    print(
        f"actor linking accuracy: {correct['all']}/{totals['all']} = {correct['all'] / totals['all']:.1%} ({len(cache)} articles)"
    )
    for group in sorted(totals):
        if group != "all":
            print(f"  {group}: {correct[group]}/{totals[group]} = {correct[group] / totals[group]:.1%}")
    print(f"linked spans with no gold mention (unscored, to inspect): {len(extra)}")
    if "-v" in sys.argv:
        for doc, start, end in extra:
            print("UNSCORED", doc, start, end, repr(texts[doc][0][start:end]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
