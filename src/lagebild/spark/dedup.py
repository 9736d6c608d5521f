"""Near-duplicate articles within one Spark run: MinHash + LSH banding with exactly the parameters
and the rule of the store (`lagebild.store.dedup`), so the batch gets the `duplicate_of` that
`lagebild ingest` would give the same articles in the same order.

The rule: an article duplicates the earlier article most similar to it (Jaccard estimate at least
THRESHOLD; on a tie the larger id, as the store picks), and points to that article's original if it
is a copy itself.
"""

from __future__ import annotations

import numpy as np
from pyspark import RDD

from lagebild.store.dedup import THRESHOLD, bands, minhash, signature_values

Order = tuple[int, int]


def duplicates(articles: RDD, partitions: int) -> dict[str, str]:
    """`{article id: id of its original}` for the near-duplicates among `(id, order, text)` triples."""
    # members carry their signatures, so pairs are scored where they meet: one shuffle, not three
    buckets = articles.flatMap(_bucket_members).groupByKey(partitions)
    scored = buckets.flatMap(_scored_pairs).filter(lambda s: s[1][0] >= THRESHOLD)
    best = scored.reduceByKey(max, partitions).map(lambda s: (s[1][2], s[0], s[1][1])).collect()
    originals: dict[str, str] = {}
    # in input order, so that a copy's best match has been resolved to its own original already
    for _, later, earlier in sorted(best):
        originals[later] = originals.get(earlier, earlier)
    return originals


def _bucket_members(article: tuple[str, Order, str]):
    article_id, order, text = article
    signature = minhash(text)
    values = signature_values(signature).tobytes()
    for band in bands(signature):
        yield band, (order, article_id, values)


def _scored_pairs(bucket):
    """(later id, (similarity, earlier id, later order)) for every earlier article in the bucket."""
    members = sorted(bucket[1])
    for position, (order, later, values) in enumerate(members):
        signature = np.frombuffer(values, np.uint64)
        for _, earlier, earlier_values in members[:position]:
            score = float(np.mean(signature == np.frombuffer(earlier_values, np.uint64)))
            yield later, (score, earlier, order)
