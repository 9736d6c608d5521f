"""A web page reduced to its article: main text and metadata, extracted with trafilatura.

Navigation, teasers, footers and reader comments are left out; extraction favours precision,
because a menu line taken for article text becomes a false actor or event downstream.
"""

from __future__ import annotations

import codecs
import html as html_text
import re
import warnings
from urllib.parse import urlsplit

import lxml.html
import trafilatura
from lxml.etree import ParserError

from lagebild.ingest.readers import ArticleInput, InputError

# the HTML standard looks for a charset declaration in the first 1024 bytes; some CMSs put a long
# head before it, so look a little further
SNIFF_BYTES = 4096
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# labels that the HTML standard decodes as Windows-1252, by Python's codec names
WINDOWS_1252_LABELS = {"iso8859-1", "ascii"}
ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# only dates the page states in its markup (meta tags, time elements, JSON-LD) or a dated URL path,
# not ones guessed from the body text: a wrong article date shifts every relative time expression
DATE_OPTIONS = {"extensive_search": False, "original_date": True}


class HtmlDecodeError(ValueError):
    pass


def article_from_html(
    html: str | bytes, url: str | None = None, origin: str = "<html>"
) -> ArticleInput | InputError:
    """The page's article (text, title, ISO date, site name, URL), or an error naming `origin`."""
    try:
        markup = decode_html(html) if isinstance(html, bytes) else html
    except HtmlDecodeError as err:
        return InputError(origin, str(err))
    if not markup.strip():
        return InputError(origin, "empty input: no HTML")
    document = _extract(markup, url)
    if document is None or not (document.text or "").strip():
        cell = _layout_cell(markup)
        document = _extract(cell, url) if cell else None
    if document is None or not (document.text or "").strip():
        return InputError(origin, "no article text found in the page (navigation or boilerplate only)")
    title = _clean(document.title)
    text = _without_headline(document.text, title)
    if not text:
        return InputError(origin, "no article text found in the page (only a headline)")
    page_url = url or _clean(document.url)
    return ArticleInput(
        origin=origin,
        text=text,
        title=title,
        date=document.date if document.date and ISO_DAY.match(document.date) else None,
        source=_clean(document.sitename) or _hostname(page_url),
        url=page_url,
    )


def decode_html(data: bytes, declared: str | None = None) -> str:
    """The page's text, decoded as its byte-order mark, the HTTP charset (`declared`) or its
    <meta charset> says, in that order, else as UTF-8; undecodable bytes raise HtmlDecodeError."""
    if not data.strip():
        return ""
    encoding = _bom_encoding(data) or declared or _meta_charset(data) or "utf-8"
    try:
        codec = codecs.lookup(encoding)
    except LookupError:
        raise HtmlDecodeError(f"unknown character encoding {encoding!r}") from None
    if codec.name == "utf-8" and data.startswith(codecs.BOM_UTF8):
        codec = codecs.lookup("utf-8-sig")
    if b"\x00" in data and not codec.name.startswith("utf-16"):
        raise HtmlDecodeError("binary data, not HTML (it contains NUL bytes)")
    if codec.name in WINDOWS_1252_LABELS:
        # what browsers do: pages labelled Latin-1 are written in Windows-1252 („quotes“, dashes);
        # only its five unassigned bytes make us fall back to Latin-1 proper
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            return data.decode("iso8859-1")
    try:
        return data.decode(codec.name)
    except UnicodeDecodeError as err:
        raise HtmlDecodeError(
            f"not valid {encoding}: byte 0x{data[err.start]:02x} at offset {err.start}"
        ) from None


def _bom_encoding(data: bytes) -> str | None:
    return next((name for bom, name in BOMS if data.startswith(bom)), None)


def _meta_charset(data: bytes) -> str | None:
    match = META_CHARSET.search(data[:SNIFF_BYTES])
    return match.group(1).decode("ascii") if match else None


def _extract(markup: str, url: str | None):
    with warnings.catch_warnings():
        # trafilatura's own use of lxml raises FutureWarnings that say nothing about the page
        warnings.simplefilter("ignore", FutureWarning)
        return trafilatura.bare_extraction(
            markup,
            url=url,
            favor_precision=True,
            include_comments=False,
            include_tables=False,
            with_metadata=True,
            date_extraction_params=DATE_OPTIONS,
        )


def _layout_cell(markup: str) -> str | None:
    """The page reduced to the cell of its layout table with the most paragraph text, or None.

    Old sites lay out the whole page as one table. Extraction leaves tables out (a data table is
    rarely prose), and with them such a page's article; the cell with the most paragraphs is the
    article's, and the head is kept for the metadata.
    """
    try:
        tree = lxml.html.document_fromstring(markup)
    except (ParserError, ValueError):
        return None
    best, best_size = None, 0
    for cell in tree.iter("td"):
        # only the cell's own paragraphs: an outer cell holding a nested table must not win with them
        size = sum(len(p.text_content()) for p in cell.iter("p") if next(p.iterancestors("td")) is cell)
        if size > best_size:
            best, best_size = cell, size
    if best is None:
        return None
    head = tree.find("head")
    inner = html_text.escape(best.text or "") + "".join(
        lxml.html.tostring(child, encoding="unicode") for child in best
    )
    head_html = lxml.html.tostring(head, encoding="unicode") if head is not None else ""
    return f"<html>{head_html}<body><article>{inner}</article></body></html>"


def _without_headline(text: str, title: str | None) -> str:
    """The body text: trafilatura repeats the <h1> as the first line, and the title is kept apart."""
    lines = [line.strip() for line in text.strip().splitlines()]
    if title and lines and lines[0] == title:
        lines = lines[1:]
    return "\n".join(line for line in lines if line)


def _clean(value: str | None) -> str | None:
    return value.strip() or None if value else None


def _hostname(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None
