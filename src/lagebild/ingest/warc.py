"""Articles from WARC files (web crawls, Common Crawl CC-NEWS style), read with warcio.

Only `response` records whose payload is HTML are articles; request, metadata and other records,
and responses with images, scripts or feeds, are skipped without a word. A truncated or corrupt
file yields one error, and what was read before it stays.
"""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator

from lagebild.ingest.html import HtmlDecodeError, article_from_html, decode_html
from lagebild.ingest.readers import DEFAULT_MAX_BYTES, ArticleInput, InputError

HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[ArticleInput | InputError]:
    """The articles in the HTML responses of one WARC file (plain or gzip-compressed)."""
    try:
        handle = Path(path).open("rb")  # noqa: SIM115 (closed by the `with` below)
    except OSError as err:
        yield InputError(str(path), f"cannot read: {err.strerror or err}")
        return
    with handle:
        yield from read_warc_stream(handle, str(path), max_bytes)


def read_warc_stream(
    stream: BinaryIO, origin: str, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[ArticleInput | InputError]:
    """As `read_warc`, from an open binary stream; items are named `<origin>#<record number>`."""
    complete = 0
    records = ArchiveIterator(stream)
    try:
        for number, record in enumerate(records, start=1):
            if not record.format.startswith("warc"):
                # warcio reads any line as an old-style ARC header: text in a .warc is no archive
                raise ValueError(f"not a WARC record at byte {records.offset:,}")
            item = _article(record, f"{origin}#{number}", max_bytes)
            _read_to_end(record)
            complete = number
            if item is not None:
                yield item
        if complete == 0:
            raise EOFError("no WARC record in it")
        unread = _length(stream) - records.offset
        if unread > 0:
            raise EOFError(f"{unread:,} bytes at the end are no complete record")
    except Exception as err:  # warcio, zlib and EOF errors alike: the rest of the file is unreadable
        reason = f"{type(err).__name__}: {err}" if str(err) else type(err).__name__
        yield InputError(origin, f"corrupt or truncated WARC after {complete} complete records: {reason}")


def _read_to_end(record) -> None:
    """Reads what is left of the record, failing if it is cut off: warcio ends a cut-off record
    quietly, short of the bytes its Content-Length promised."""
    while record.raw_stream.read(1 << 16):
        pass
    if record.raw_stream.limit > 0:
        raise EOFError(f"the record ends {record.raw_stream.limit:,} bytes early")


def _length(stream: BinaryIO) -> int:
    """The stream's length, or 0 when it cannot seek (then a cut-off last record goes unnoticed)."""
    try:
        return stream.seek(0, io.SEEK_END)
    except (OSError, ValueError):
        return 0


def _article(record, origin: str, max_bytes: int) -> ArticleInput | InputError | None:
    if record.rec_type != "response" or record.http_headers is None:
        return None
    content_type = record.http_headers.get_header("Content-Type") or ""
    media_type, _, params = content_type.partition(";")
    if media_type.strip().lower() not in HTML_TYPES:
        return None
    # one byte more than allowed tells "too large" without reading a huge payload whole
    payload = record.content_stream().read(max_bytes + 1)
    if len(payload) > max_bytes:
        return InputError(origin, f"too large: more than {max_bytes:,} bytes (--max-bytes)")
    url = record.rec_headers.get_header("WARC-Target-URI")
    try:
        html = decode_html(payload, declared=_charset(params))
    except HtmlDecodeError as err:
        return InputError(origin, str(err))
    try:
        item = article_from_html(html, url=url, origin=origin)
    except Exception as err:  # an extractor bug must cost this page, not the rest of the file
        return InputError(origin, f"HTML extraction failed: {type(err).__name__}: {err}")
    warc_date = record.rec_headers.get_header("WARC-Date") or ""
    if isinstance(item, ArticleInput) and item.date is None and len(warc_date) >= 10:
        # the crawl date: close to the publication date for a news crawl, better than none
        item = dataclasses.replace(item, date=warc_date[:10])
    return item


def _charset(params: str) -> str | None:
    for param in params.split(";"):
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None
