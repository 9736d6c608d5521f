"""Which web pages have been fetched: the memory that keeps `lagebild watch` from asking twice."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from lagebild.store import Store, schema


def has_fetched(store: Store, url: str) -> bool:
    with store.engine.connect() as conn:
        found = conn.execute(
            select(schema.fetched_urls.c.url).where(schema.fetched_urls.c.url == url)
        ).first()
    return found is not None


def mark_fetched(store: Store, url: str, status: str) -> None:
    """Record that `url` was requested and what came of it (`stored`, `skipped`, `http 404`, …).

    The first outcome stays: a page that failed once is not retried, as the issue asks.
    """
    row = {"url": url, "fetched_at": datetime.now(UTC).isoformat(timespec="seconds"), "status": status}
    try:
        with store.engine.begin() as conn:
            conn.execute(schema.fetched_urls.insert(), [row])
    except IntegrityError:
        pass
