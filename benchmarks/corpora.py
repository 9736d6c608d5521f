"""Readers for the shared evaluation data used by the benchmark scripts (never copied into the repo)."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def gnad_articles(path: Path = DATA / "news" / "10kGNAD-test.csv") -> list[str]:
    """The 1,028 Austrian news articles of 10kGNAD's test split (`label;'text'`)."""
    with path.open(encoding="utf-8", newline="") as handle:
        return [row[1] for row in csv.reader(handle, delimiter=";", quotechar="'") if len(row) == 2]


def ngec_stories(limit: int | None = None) -> list[str]:
    """English synthetic news stories of the NGEC set."""
    with zipfile.ZipFile(DATA / "plover" / "ngec_synthetic_events_en.csv.zip") as archive:
        name = archive.namelist()[0]
        rows = csv.DictReader(io.TextIOWrapper(archive.open(name), encoding="utf-8"))
        text_field = next(f for f in rows.fieldnames if f.lower() in ("text", "story", "article"))
        return [row[text_field] for row in rows][:limit]


def ud_sentences(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as handle:
        return [line[len("# text = ") :].strip() for line in handle if line.startswith("# text = ")]
