"""Throughput and memory of the German pipeline ``de_core`` on real news text.

Reads articles from ``../shared/data/news/10kGNAD-test.csv`` (``label;text``; the text is
only read, never copied) and reports, single-threaded:

* words/second of the full pipeline (``nlp.pipe``) per core, i.e. per second of this
  process's CPU time (robust on a shared machine), and per wall-clock second,
* words/second of the tokenizer and of every component on its own (each component is
  timed on the docs produced by the components before it),
* peak resident memory (``resource.getrusage(...).ru_maxrss``) after the streamed full
  pipeline run (the per-component run keeps all docs in memory and is reported apart).

    python benchmarks/bench_models.py [--data ../shared/data] [--model PATH] [--limit N]
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"  # one core, set before numpy is imported

import argparse  # noqa: E402
import csv  # noqa: E402
import json  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))


def read_articles(path: Path, limit: int | None) -> list[str]:
    csv.field_size_limit(10**8)
    texts = []
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.reader(fh, delimiter=";", quotechar="'"):
            if len(row) >= 2:
                texts.append(";".join(row[1:]))
            if limit and len(texts) >= limit:
                break
    return texts


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--data", type=Path, default=REPO.parent / "shared/data")
    p.add_argument("--model", type=Path, default=REPO / "src/lagebild/models/de_core")
    p.add_argument("--limit", type=int, default=None, help="number of articles (default: all)")
    p.add_argument("--batch-size", type=int, default=16)
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    a = p.parse_args()

    import spacy

    import lagebild.models.components  # noqa: F401

    texts = read_articles(a.data / "news/10kGNAD-test.csv", a.limit)
    rss_before_load = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.perf_counter()
    nlp = spacy.load(a.model)
    load_s = time.perf_counter() - t0

    list(nlp.pipe(texts[:20], batch_size=a.batch_size))  # warm-up

    # CPU time of this process (= time on one core, robust when the machine is shared)
    # and wall-clock time
    # streamed, as in production: docs are not kept, so the peak RSS measured right after
    # this loop is that of the pipeline itself
    t0, c0 = time.perf_counter(), time.process_time()
    n_words = 0
    for doc in nlp.pipe(texts, batch_size=a.batch_size):
        n_words += sum(1 for t in doc if not t.is_space)
    full_s, full_wall = time.process_time() - c0, time.perf_counter() - t0
    rss_stream = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux

    per = {}
    c0 = time.process_time()
    docs = [nlp.make_doc(t) for t in texts]
    per["tokenizer"] = time.process_time() - c0
    for name, proc in nlp.pipeline:
        c0 = time.process_time()
        docs = (
            list(proc.pipe(docs, batch_size=a.batch_size))
            if hasattr(proc, "pipe")
            else [proc(d) for d in docs]
        )
        per[name] = time.process_time() - c0

    rss_all = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    size = sum(f.stat().st_size for f in a.model.rglob("*") if f.is_file())
    res = {
        "model": str(a.model),
        "model_size_mb": round(size / 1e6, 1),
        "articles": len(texts),
        "words": n_words,
        "threads": 1,
        "load_seconds": round(load_s, 2),
        "full_pipeline_words_per_s": round(n_words / full_s),
        "full_pipeline_words_per_wall_s": round(n_words / full_wall),
        "components_words_per_s": {k: round(n_words / v) for k, v in per.items()},
        "sum_of_parts_words_per_s": round(n_words / sum(per.values())),
        "peak_rss_mb": round(rss_stream / 1024, 1),
        "peak_rss_all_docs_in_memory_mb": round(rss_all / 1024, 1),
        "rss_before_model_load_mb": round(rss_before_load / 1024, 1),
    }
    if a.json:
        print(json.dumps(res, indent=1))
        return
    print(f"model {res['model']} ({res['model_size_mb']} MB on disk), loaded in {res['load_seconds']} s")
    print(f"{res['articles']} articles, {n_words} words, 1 thread")
    print(
        f"full pipeline: {res['full_pipeline_words_per_s']:>9,} words/s of CPU time "
        f"({res['full_pipeline_words_per_wall_s']:,} per wall-clock second)"
    )
    for k, v in res["components_words_per_s"].items():
        print(f"  {k:<22} {v:>9,} words/s")
    print(
        f"peak RSS (streaming pipeline run): {res['peak_rss_mb']} MB; after the per-component "
        f"run, which holds all docs in memory: {res['peak_rss_all_docs_in_memory_mb']} MB"
    )


if __name__ == "__main__":
    main()
