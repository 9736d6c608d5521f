"""Foundation figures: sentence segmentation, language identification, ingest throughput.

python benchmarks/bench_foundation.py [segmentation] [language] [ingest]
"""

from __future__ import annotations

import json
import resource
import sys
import tempfile
import time
from pathlib import Path

import spacy

from corpora import DATA, gnad_articles, ngec_stories, ud_sentences
from lagebild import analyze
from lagebild.batch import ingest
from lagebild.ingest import read_inputs
from lagebild.pipeline import build_pipeline
from lagebild.pipeline.language import detect_language
from lagebild.store import open_store

SENTENCES_PER_DOC = 20


def _boundary_scores(docs, predicted_starts) -> tuple[float, float, float]:
    tp = fp = fn = 0
    for (_, gold), predicted in zip(docs, predicted_starts, strict=True):
        gold, predicted = set(gold) - {0}, set(predicted) - {0}
        tp += len(gold & predicted)
        fp += len(predicted - gold)
        fn += len(gold - predicted)
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    return precision, recall, 2 * precision * recall / (precision + recall)


def segmentation() -> None:
    """UD sentences joined into running text; boundary precision/recall/F1 against UD's split."""
    for name in ("de_gsd-ud-test.conllu", "de_pud-ud-test.conllu"):
        sentences = ud_sentences(DATA / "ud" / name)
        docs = []
        for i in range(0, len(sentences), SENTENCES_PER_DOC):
            group = sentences[i : i + SENTENCES_PER_DOC]
            starts, offset = [], 0
            for sentence in group:
                starts.append(offset)
                offset += len(sentence) + 1
            docs.append((" ".join(group), starts))
        ours = build_pipeline("de")
        baseline = spacy.blank("de")
        baseline.add_pipe("sentencizer")
        for label, nlp in (("lagebild_segmenter", ours), ("spaCy sentencizer", baseline)):
            predicted = [[s.start_char for s in nlp(text).sents] for text, _ in docs]
            p, r, f = _boundary_scores(docs, predicted)
            print(f"segmentation {name} {label}: P {p:.3f} R {r:.3f} F1 {f:.3f} ({len(sentences)} sentences)")


def language() -> None:
    sets = {"de (10kGNAD test)": (gnad_articles(), "de"), "en (NGEC synthetic)": (ngec_stories(1000), "en")}
    for name, (texts, expected) in sets.items():
        for cut, label in ((None, "whole article"), (80, "first 80 chars")):
            correct = sum(detect_language(t[:cut] if cut else t) == expected for t in texts)
            print(f"language {name}, {label}: {correct}/{len(texts)} = {correct / len(texts):.3f}")


def ingest_throughput() -> None:
    texts = gnad_articles()
    words = sum(len(t.split()) for t in texts)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "gnad.jsonl"
        corpus.write_text(
            "".join(json.dumps({"id": f"gnad-{i}", "text": t}) + "\n" for i, t in enumerate(texts)),
            encoding="utf-8",
        )
        analyze(texts[0], lang="de")  # loads the models outside the timed run
        store = open_store(f"sqlite:///{tmp}/bench.db")
        started = time.perf_counter()
        report = ingest(read_inputs([corpus]), store)
        seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"ingest 10kGNAD test into SQLite: {report.stored} articles, {words:,} words in {seconds:.1f} s "
        f"= {report.stored / seconds:.1f} articles/s, {words / seconds:,.0f} words/s (1 process); "
        f"peak RSS {peak_mb:.0f} MB"
    )


if __name__ == "__main__":
    chosen = set(sys.argv[1:]) or {"segmentation", "language", "ingest"}
    if "segmentation" in chosen:
        segmentation()
    if "language" in chosen:
        language()
    if "ingest" in chosen:
        ingest_throughput()
