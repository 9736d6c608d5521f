"""Watching feeds: poll RSS/Atom feeds, fetch new items' pages once, store them as articles.

A feed that is down, slow or malformed costs one error line, never the poll. Every page URL that got
an HTTP answer is remembered in the database (`fetched_urls`), so no page is requested twice, across
feeds and across runs. A page that could not be reached at all (timeout, refused connection) is not
remembered and is tried again at the next poll.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import httpx

from lagebild.batch import ingest
from lagebild.ingest import InputError
from lagebild.ingest.feeds import Unreachable, fetch_article, make_client, read_feed
from lagebild.store import Store
from lagebild.store.fetched import has_fetched, mark_fetched


@dataclass
class PollReport:
    feeds: int = 0
    items: int = 0
    fetched: int = 0
    stored: int = 0
    skipped: int = 0
    errors: list[InputError] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"{self.feeds} feeds, {self.items} items, {self.fetched} pages fetched, "
            f"{self.stored} stored, {self.skipped} already stored, {len(self.errors)} errors"
        )


def poll(
    feed_urls: Iterable[str],
    store: Store,
    client: httpx.Client,
    *,
    model: str | None = None,
    on_error: Callable[[InputError], None] = lambda error: None,
) -> PollReport:
    """One pass over the feeds: fetch, extract and store every item page not fetched before."""
    report = PollReport()

    def fail(error: InputError) -> None:
        report.errors.append(error)
        on_error(error)

    seen: set[str] = set()  # unreachable pages are not recorded, but are tried once per poll only
    for feed_url in feed_urls:
        report.feeds += 1
        items = read_feed(client, feed_url)
        if isinstance(items, InputError):
            fail(items)
            continue
        for item in items:
            report.items += 1
            if item.url in seen or has_fetched(store, item.url):
                continue
            seen.add(item.url)
            article = fetch_article(client, item)
            if isinstance(article, Unreachable):
                fail(InputError(item.url, article.message))
                continue
            report.fetched += 1
            if isinstance(article, InputError):
                mark_fetched(store, item.url, article.message)
                fail(article)
                continue
            outcome = ingest([article], store, model=model)
            if outcome.errors:
                mark_fetched(store, item.url, outcome.errors[0].message)
                fail(outcome.errors[0])
                continue
            mark_fetched(store, item.url, "stored" if outcome.stored else "skipped")
            report.stored += outcome.stored
            report.skipped += outcome.skipped
    return report


def watch(
    feed_urls: list[str],
    store: Store,
    every_seconds: float,
    *,
    once: bool = False,
    model: str | None = None,
    on_error: Callable[[InputError], None] = lambda error: None,
    on_poll: Callable[[PollReport], None] = lambda report: None,
) -> PollReport:
    """Poll the feeds now and then every `every_seconds`, until interrupted (or once: its report)."""
    with make_client() as client:
        while True:
            started = time.monotonic()
            report = poll(feed_urls, store, client, model=model, on_error=on_error)
            on_poll(report)
            if once:
                return report
            time.sleep(max(0.0, every_seconds - (time.monotonic() - started)))
