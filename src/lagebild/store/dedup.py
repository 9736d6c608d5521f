"""Near-duplicate articles (an agency copy reprinted with small edits), found with MinHash + LSH
banding kept in the database, so that they count as one source."""

from __future__ import annotations

import hashlib
import re

import numpy as np
from datasketch import MinHash
from sqlalchemy import Connection, select

from lagebild.store import schema

PERMUTATIONS = 64
BANDS, ROWS = 16, 4  # candidates from about 0.5 Jaccard on; verified against THRESHOLD
THRESHOLD = 0.8
SHINGLE = 5
SEED = 1


def minhash(text: str) -> MinHash:
    words = re.findall(r"\w+", text.lower())
    shingles = {" ".join(words[i : i + SHINGLE]) for i in range(max(len(words) - SHINGLE + 1, 1))}
    signature = MinHash(num_perm=PERMUTATIONS, seed=SEED)
    signature.update_batch([s.encode("utf-8") for s in shingles])
    return signature


def signature_values(signature: MinHash) -> np.ndarray:
    return signature.hashvalues.astype(np.uint64)


def bands(signature: MinHash) -> list[tuple[int, str]]:
    values = signature_values(signature)
    return [
        (b, hashlib.blake2b(values[b * ROWS : (b + 1) * ROWS].tobytes(), digest_size=16).hexdigest())
        for b in range(BANDS)
    ]


def _similarity(signature: MinHash, stored: bytes) -> float:
    other = np.frombuffer(stored, dtype=np.uint64)
    return float(np.mean(signature_values(signature) == other))


def find_duplicate(conn: Connection, article_id: str, text: str) -> tuple[str | None, dict[str, list[dict]]]:
    """The stored article this text nearly duplicates (or None), and the rows that index this one."""
    signature = minhash(text)
    buckets = bands(signature)
    sig, band = schema.article_signatures, schema.article_bands
    candidates = set()
    for number, bucket in buckets:
        rows = conn.execute(select(band.c.article_id).where(band.c.band == number, band.c.bucket == bucket))
        candidates.update(row.article_id for row in rows)
    best, best_score = None, THRESHOLD
    for candidate in sorted(candidates):
        stored = conn.execute(select(sig.c.minhash).where(sig.c.article_id == candidate)).scalar_one()
        score = _similarity(signature, stored)
        if score >= best_score:
            best, best_score = candidate, score
    rows = {
        "article_signatures": [{"article_id": article_id, "minhash": signature_values(signature).tobytes()}],
        "article_bands": [{"band": b, "bucket": k, "article_id": article_id} for b, k in buckets],
    }
    if best is None:
        return None, rows
    articles = schema.articles
    original = conn.execute(select(articles.c.duplicate_of).where(articles.c.id == best)).scalar_one()
    return original or best, rows
