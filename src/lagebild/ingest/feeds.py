"""Polling RSS/Atom feeds: new items' pages are fetched once, reduced to articles and stored.

A feed that is down, slow or malformed costs one error line, never the poll. Every page URL that got
an HTTP answer is remembered in the database (`fetched_urls`), so no page is requested twice, across
feeds and across runs. A page that could not be reached at all (timeout, refused connection) is not
remembered and is tried again at the next poll.
"""

from __future__ import annotations

import io
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from urllib.parse import urldefrag

import feedparser
import httpx

from lagebild import __version__
from lagebild.batch import ingest
from lagebild.ingest.html import HtmlDecodeError, article_from_html, decode_html
from lagebild.ingest.readers import ArticleInput, InputError, one_line
from lagebild.store import Store
from lagebild.store.fetched import has_fetched, mark_fetched

USER_AGENT = f"lagebild/{__version__} (news feed watcher; polite polling)"
TIMEOUT = httpx.Timeout(15.0, connect=10.0)
HTML_TYPES = ("text/html", "application/xhtml+xml")
MAX_PAGE_BYTES = 5_000_000


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


@dataclass(frozen=True)
class FeedItem:
    url: str
    title: str | None
    date: str | None


@dataclass(frozen=True)
class Unreachable:
    """The server could not be reached: worth trying again at the next poll."""

    message: str


def make_client() -> httpx.Client:
    return httpx.Client(headers={"User-Agent": USER_AGENT}, timeout=TIMEOUT, follow_redirects=True)


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


def read_feed(client: httpx.Client, feed_url: str) -> list[FeedItem] | InputError:
    """The feed's items with a link, in feed order, or one error saying why the feed is unusable."""
    try:
        response = client.get(feed_url)
    except httpx.HTTPError as err:
        return InputError(feed_url, f"feed unreachable: {_describe(err)}")
    if response.status_code != 200:
        return InputError(feed_url, f"feed unavailable: HTTP {response.status_code}")
    # a BytesIO, never raw bytes: feedparser opens a short byte string as a local file name
    parsed = feedparser.parse(
        io.BytesIO(response.content),
        response_headers={"content-type": response.headers.get("content-type", "")},
    )
    # feedparser also flags oddities it worked around (a wrong declared encoding) as "bozo":
    # the feed is only unusable when nothing could be read from it
    if parsed.bozo and not parsed.entries:
        return InputError(feed_url, f"malformed feed: {parsed.bozo_exception}")
    if not parsed.version and not parsed.entries:
        return InputError(feed_url, "not an RSS or Atom feed")
    items = []
    for entry in parsed.entries:
        link = (entry.get("link") or "").strip()
        if link:
            items.append(FeedItem(urldefrag(link).url, entry.get("title"), _entry_date(entry)))
    return items


def fetch_article(client: httpx.Client, item: FeedItem) -> ArticleInput | InputError | Unreachable:
    """The item's page as an article; the feed's title and date fill what the page does not say."""
    try:
        response = client.get(item.url)
    except httpx.HTTPError as err:
        return Unreachable(f"page unreachable: {_describe(err)}")
    if response.status_code != 200:
        return InputError(item.url, f"page unavailable: HTTP {response.status_code}")
    media_type = response.headers.get("content-type", "text/html").split(";")[0].strip().lower()
    if media_type not in HTML_TYPES:
        return InputError(item.url, f"not an HTML page: {media_type}")
    if len(response.content) > MAX_PAGE_BYTES:
        return InputError(item.url, f"page too large: {len(response.content):,} bytes")
    try:
        markup = decode_html(response.content, declared=response.charset_encoding)
    except HtmlDecodeError as err:
        return InputError(item.url, str(err))
    try:
        article = article_from_html(markup, url=item.url, origin=item.url)
    except Exception as err:  # an extractor bug costs one page, not the poll
        return InputError(item.url, f"extraction failed: {type(err).__name__}: {one_line(str(err))}")
    if isinstance(article, InputError):
        return article
    return replace(article, title=article.title or item.title, date=article.date or item.date)


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


def _entry_date(entry) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return time.strftime("%Y-%m-%d", parsed) if parsed else None


def _describe(err: httpx.HTTPError) -> str:
    if isinstance(err, httpx.TimeoutException):
        return "timed out"
    return f"{type(err).__name__}: {err}" if str(err) else type(err).__name__
