"""Exporting events for other tools: CSV, JSON Lines, Parquet, GDELT 2.0 event table, PLOVER JSON."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TextIO

from lagebild.export.gdelt import write_gdelt
from lagebild.export.plover import write_plover
from lagebild.export.rows import export_rows
from lagebild.export.tables import write_csv, write_jsonl, write_parquet

# text formats: write rows to a text stream, return how many records were written
TEXT_WRITERS: dict[str, Callable[[Iterable[dict], TextIO], int]] = {
    "csv": write_csv,
    "jsonl": write_jsonl,
    "gdelt": write_gdelt,
    "plover": write_plover,
}
# binary formats: write rows to a file
FILE_WRITERS: dict[str, Callable[[Iterable[dict], Path], int]] = {"parquet": write_parquet}
FORMATS = (*TEXT_WRITERS, *FILE_WRITERS)

__all__ = ["FILE_WRITERS", "FORMATS", "TEXT_WRITERS", "export_rows"]
