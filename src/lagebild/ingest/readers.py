from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from lagebild.records import is_iso_date

DEFAULT_MAX_BYTES = 5_000_000
TEXT_SUFFIXES = {".txt", ".text"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
HTML_SUFFIXES = {".html", ".htm"}
WARC_SUFFIXES = (".warc", ".warc.gz")
JSON_FIELDS = ("id", "url", "title", "date", "source")
DATE_HEADER = re.compile(r"\A\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)(?=\s)\s*")
ISO_DATE_PREFIX = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?=$|T|\s)")


@dataclass(frozen=True)
class ArticleInput:
    origin: str
    text: str
    id: str | None = None
    title: str | None = None
    date: str | None = None
    source: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class InputError:
    origin: str
    message: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


class _BadItem(Exception):
    pass


def one_line(message: str, limit: int = 300) -> str:
    """An error message fit for one line of a batch log."""
    text = " ".join(message.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def read_inputs(
    paths: Iterable[str | Path], max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[ArticleInput | InputError]:
    """Articles from files and folders (recursively), in a stable order."""
    for path in map(Path, paths):
        if path.is_dir():
            for file in sorted(p for p in path.rglob("*") if _is_article_file(p, path)):
                yield from _read_file(file, max_bytes)
        elif path.is_file():
            yield from _read_file(path, max_bytes)
        else:
            yield InputError(str(path), "no such file or folder")


def _is_article_file(path: Path, root: Path) -> bool:
    hidden = any(part.startswith(".") for part in path.relative_to(root).parts)
    known = path.suffix.lower() in TEXT_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES
    return path.is_file() and not hidden and (known or path.name.lower().endswith(WARC_SUFFIXES))


def _read_file(path: Path, max_bytes: int) -> Iterator[ArticleInput | InputError]:
    if path.suffix.lower() in JSONL_SUFFIXES:
        yield from _read_jsonl(path, max_bytes)
        return
    if path.name.lower().endswith(WARC_SUFFIXES):
        from lagebild.ingest.warc import read_warc  # imported here, as trafilatura is slow to import

        yield from read_warc(path, max_bytes)
        return
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise _BadItem(_too_large(size, max_bytes))
        if path.suffix.lower() in HTML_SUFFIXES:
            # imported here: trafilatura is slow to import and only HTML inputs need it
            from lagebild.ingest.html import article_from_html

            yield article_from_html(path.read_bytes(), origin=str(path))
            return
        yield _text_article(str(path), _decode(path.read_bytes()))
    except _BadItem as bad:
        yield InputError(str(path), str(bad))
    except OSError as err:
        yield InputError(str(path), f"cannot read: {err.strerror or err}")


def _read_jsonl(path: Path, max_bytes: int) -> Iterator[ArticleInput | InputError]:
    try:
        handle = path.open("rb")
    except OSError as err:
        yield InputError(str(path), f"cannot read: {err.strerror or err}")
        return
    with handle:
        seen_line = False
        for number, raw in enumerate(handle, start=1):
            origin = f"{path}:{number}"
            if not raw.strip():
                continue
            seen_line = True
            yield parse_json_line(origin, raw, max_bytes)
        if not seen_line:
            yield InputError(str(path), "empty input: the file has no JSON lines")


def parse_json_line(origin: str, raw: bytes, max_bytes: int = DEFAULT_MAX_BYTES) -> ArticleInput | InputError:
    """One line of a JSON Lines file as an article, or the error that names it."""
    try:
        if len(raw) > max_bytes:
            raise _BadItem(_too_large(len(raw), max_bytes))
        return _json_article(origin, _decode(raw.rstrip(b"\r\n")))
    except _BadItem as bad:
        return InputError(origin, str(bad))


def _too_large(size: int, limit: int) -> str:
    return f"too large: {size:,} bytes, the limit is {limit:,} (--max-bytes)"


def _decode(data: bytes) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as err:
            raise _BadItem(f"not valid UTF-16 at byte {err.start}") from None
    if b"\x00" in data:
        raise _BadItem("binary data, not text (it contains NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        bad = data[err.start]
        raise _BadItem(
            f"not valid UTF-8: byte 0x{bad:02x} at offset {err.start} (convert the file to UTF-8)"
        ) from None
    control = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    if control > max(8, len(text) // 100):
        raise _BadItem("binary data, not text (too many control characters)")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _text_article(origin: str, text: str) -> ArticleInput:
    header = DATE_HEADER.match(text)
    article_date = None
    if header:
        article_date = _valid_date(header.group(1))
        text = text[header.end() :]
    text = text.strip()
    if not text:
        raise _BadItem("empty input: no text")
    return ArticleInput(origin=origin, text=text, date=article_date)


def _json_article(origin: str, line: str) -> ArticleInput:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        raise _BadItem(f"malformed JSON at column {err.colno}: {err.msg}") from None
    if not isinstance(record, dict):
        raise _BadItem(f"malformed article: expected a JSON object, got {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise _BadItem('malformed article: "text" is missing or empty')
    if "\x00" in line or "\\u0000" in line:
        raise _BadItem("binary data, not text (it contains NUL characters)")
    fields = {}
    for name in JSON_FIELDS:
        value = record.get(name)
        if value is None:
            continue
        if isinstance(value, int | float) and not isinstance(value, bool) and name == "id":
            value = str(value)
        if not isinstance(value, str):
            raise _BadItem(f'malformed article: "{name}" must be a string')
        fields[name] = value.strip() or None
    if fields.get("date"):
        fields["date"] = _json_date(fields["date"])
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    return ArticleInput(origin=origin, text=text, **fields)


def _json_date(value: str) -> str:
    match = ISO_DATE_PREFIX.match(value)
    if not match:
        raise _BadItem(f'malformed article: "date" {value!r} is not an ISO date')
    return _valid_date(match.group(0))


def _valid_date(value: str) -> str:
    if not is_iso_date(value):
        raise _BadItem(f"invalid date {value!r}")
    return value


def count_articles(paths: Iterable[str | Path]) -> int:
    """How many items `read_inputs` will yield, near enough for a progress bar."""
    total = 0
    for path in map(Path, paths):
        files = [p for p in path.rglob("*") if _is_article_file(p, path)] if path.is_dir() else [path]
        for file in files:
            if file.suffix.lower() in JSONL_SUFFIXES:
                try:
                    with file.open("rb") as handle:
                        total += sum(1 for line in handle if line.strip())
                except OSError:
                    total += 1
            else:
                total += 1
    return total
