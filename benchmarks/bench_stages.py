"""CPU time per pipeline component on real German news (10kGNAD test, first 120 articles).

python benchmarks/bench_stages.py [N]
"""

import sys
import time

from corpora import gnad_articles
from lagebild.pipeline import get_pipeline


def main(n: int) -> None:
    texts = gnad_articles()[:n]
    nlp = get_pipeline("de")
    nlp("Warm-up.")
    seconds = {name: 0.0 for name in ["tokenizer", *nlp.pipe_names]}
    for text in texts:
        started = time.process_time()
        doc = nlp.make_doc(text)
        seconds["tokenizer"] += time.process_time() - started
        doc._.article_date = "2016-05-01"
        for name, component in nlp.pipeline:
            started = time.process_time()
            doc = component(doc)
            seconds[name] += time.process_time() - started
    words = sum(len(t.split()) for t in texts)
    total = sum(seconds.values())
    print(
        f"{len(texts)} articles, {words:,} words: {words / total:,.0f} words/s per core for the whole pipeline"
    )
    for name, spent in seconds.items():
        print(f"  {name:24s} {spent:6.2f} s  {words / spent:12,.0f} words/s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 120)
