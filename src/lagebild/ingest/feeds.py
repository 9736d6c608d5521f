"""Reading RSS/Atom feeds and fetching their items' pages as articles (`lagebild.watch` polls and
stores them). A feed or page that is down, slow or malformed comes back as one error, never raised."""

from __future__ import annotations

import io
import time
from dataclasses import dataclass, replace
from urllib.parse import urldefrag

import feedparser
import httpx

from lagebild import __version__
from lagebild.ingest.html import HtmlDecodeError, article_from_html, decode_html
from lagebild.ingest.readers import ArticleInput, InputError, one_line

USER_AGENT = f"lagebild/{__version__} (news feed watcher; polite polling)"
TIMEOUT = httpx.Timeout(15.0, connect=10.0)
HTML_TYPES = ("text/html", "application/xhtml+xml")
MAX_PAGE_BYTES = 5_000_000
MAX_FEED_BYTES = 10_000_000
# the timeout above bounds each read; this bounds a whole download (a server may drip bytes forever)
DOWNLOAD_SECONDS = 60.0


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


@dataclass(frozen=True)
class Download:
    status: int
    content_type: str
    charset: str | None
    body: bytes
    too_large: bool


def download(client: httpx.Client, url: str, max_bytes: int) -> Download:
    """GET a URL, reading at most `max_bytes` of a 200 answer within DOWNLOAD_SECONDS (else raises
    httpx.ReadTimeout)."""
    deadline = time.monotonic() + DOWNLOAD_SECONDS
    with client.stream("GET", url) as response:
        body = bytearray()
        too_large = False
        if response.status_code == 200:
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) > max_bytes:
                    too_large = True
                    break
                if time.monotonic() > deadline:
                    raise httpx.ReadTimeout(f"no complete answer within {DOWNLOAD_SECONDS:.0f} s")
        return Download(
            response.status_code,
            response.headers.get("content-type", ""),
            response.charset_encoding,
            bytes(body),
            too_large,
        )


def read_feed(client: httpx.Client, feed_url: str) -> list[FeedItem] | InputError:
    """The feed's items with a link, in feed order, or one error saying why the feed is unusable."""
    try:
        response = download(client, feed_url, MAX_FEED_BYTES)
    except httpx.HTTPError as err:
        return InputError(feed_url, f"feed unreachable: {_describe(err)}")
    if response.status != 200:
        return InputError(feed_url, f"feed unavailable: HTTP {response.status}")
    if response.too_large:
        return InputError(feed_url, f"feed too large: more than {MAX_FEED_BYTES:,} bytes")
    # a BytesIO, never raw bytes: feedparser opens a short byte string as a local file name
    parsed = feedparser.parse(
        io.BytesIO(response.body), response_headers={"content-type": response.content_type}
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
        response = download(client, item.url, MAX_PAGE_BYTES)
    except httpx.HTTPError as err:
        return Unreachable(f"page unreachable: {_describe(err)}")
    if response.status != 200:
        return InputError(item.url, f"page unavailable: HTTP {response.status}")
    media_type = (response.content_type or "text/html").split(";")[0].strip().lower()
    if media_type not in HTML_TYPES:
        return InputError(item.url, f"not an HTML page: {media_type}")
    if response.too_large:
        return InputError(item.url, f"page too large: more than {MAX_PAGE_BYTES:,} bytes")
    try:
        markup = decode_html(response.body, declared=response.charset)
    except HtmlDecodeError as err:
        return InputError(item.url, str(err))
    try:
        article = article_from_html(markup, url=item.url, origin=item.url)
    except Exception as err:  # an extractor bug costs one page, not the poll
        return InputError(item.url, f"extraction failed: {type(err).__name__}: {one_line(str(err))}")
    if isinstance(article, InputError):
        return article
    return replace(article, title=article.title or item.title, date=article.date or item.date)


def _entry_date(entry) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return time.strftime("%Y-%m-%d", parsed) if parsed else None


def _describe(err: httpx.HTTPError) -> str:
    if isinstance(err, httpx.TimeoutException):
        return "timed out"
    return f"{type(err).__name__}: {err}" if str(err) else type(err).__name__
