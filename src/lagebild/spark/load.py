"""A Spark run's Parquet tables into a database, through `Store.add` like `lagebild ingest`: near-
duplicates and event clusters are computed by the store, one transaction per article, and articles
already stored are skipped, so loading twice changes nothing. Needs pyarrow, not Spark.

The job writes every table sorted in input order, so the tables are read side by side, one article's
rows after the other's, in bounded memory.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import pyarrow.parquet as pq
from pyarrow import fs as pafs

from lagebild.ingest import InputError
from lagebild.store import Store
from lagebild.store.schema import RECORD_TABLES
from lagebild.tabular import analysis_from_rows

TABLE_NAMES = tuple(table.name for table in RECORD_TABLES)
BATCH_ROWS = 1024


@dataclass
class LoadReport:
    stored: int = 0
    skipped: int = 0
    errors: list[InputError] = field(default_factory=list)
    job_errors: int = 0  # rows of the run's `errors` table: items the Spark job could not analyse


class _TableCursor:
    """One table's rows in file order, handed out article by article."""

    def __init__(self, files: list[str], filesystem: pafs.FileSystem):
        self._rows = _rows(files, filesystem)
        self._next = next(self._rows, None)

    def take(self, article_id: str) -> list[dict]:
        taken = []
        while self._next is not None and self._next["article_id"] == article_id:
            taken.append(self._next)
            self._next = next(self._rows, None)
        return taken

    def exhausted(self) -> bool:
        return self._next is None


def _rows(files: list[str], filesystem: pafs.FileSystem) -> Iterator[dict]:
    for file in files:
        with filesystem.open_input_file(file) as handle:
            for batch in pq.ParquetFile(handle).iter_batches(batch_size=BATCH_ROWS):
                yield from batch.to_pylist()


def _part_files(filesystem: pafs.FileSystem, folder: str) -> list[str] | None:
    """The table's part files in Spark's numbering, which is the order of the sorted rows; None if
    there is no such table."""
    if filesystem.get_file_info(folder).type != pafs.FileType.Directory:
        return None
    infos = filesystem.get_file_info(pafs.FileSelector(folder))
    names = (info.path for info in infos if info.is_file)
    return sorted(p for p in names if p.rsplit("/", 1)[-1].startswith("part-") and p.endswith(".parquet"))


def load_tables(
    path: str,
    store: Store,
    on_item: Callable[[str, InputError | None], None] = lambda outcome, error: None,
) -> LoadReport:
    """Load the output folder `path` (local, or a URI pyarrow reads: `s3://`, `gs://`, `hdfs://`)."""
    filesystem, root = pafs.FileSystem.from_uri(path) if "://" in path else (pafs.LocalFileSystem(), path)
    root = root.rstrip("/")
    files = {name: _part_files(filesystem, f"{root}/{name}") for name in (*TABLE_NAMES, "errors")}
    missing = [name for name, found in files.items() if found is None]
    if missing:
        raise FileNotFoundError(f"{path} is no lagebild Spark output: it has no {', '.join(missing)} table")
    report = LoadReport(job_errors=sum(_count_rows(f, filesystem) for f in files["errors"]))
    cursors = {name: _TableCursor(files[name], filesystem) for name in TABLE_NAMES if name != "articles"}
    for article in _rows(files["articles"], filesystem):
        tables = {"articles": [article]} | {name: c.take(article["id"]) for name, c in cursors.items()}
        if not tables["sentences"]:  # every article has a sentence: its rows are elsewhere, stop now
            raise ValueError(f"{path}: the rows of article {article['id']} are out of article order")
        outcome = _load_one(tables, store)
        if isinstance(outcome, InputError):
            report.errors.append(outcome)
            on_item("error", outcome)
            continue
        setattr(report, outcome, getattr(report, outcome) + 1)
        on_item(outcome, None)
    unread = [name for name, cursor in cursors.items() if not cursor.exhausted()]
    if unread:
        raise ValueError(f"{path}: rows of {', '.join(unread)} are out of article order")
    return report


def _load_one(tables: dict[str, list[dict]], store: Store) -> str | InputError:
    article = tables["articles"][0]
    if store.has_content(article["content_hash"]):
        return "skipped"
    try:
        return "stored" if store.add(analysis_from_rows(tables), article["content_hash"]) else "skipped"
    except (ValueError, KeyError) as err:
        return InputError(f"article {article['id']}", str(err))


def _count_rows(file: str, filesystem: pafs.FileSystem) -> int:
    with filesystem.open_input_file(file) as handle:
        return pq.ParquetFile(handle).metadata.num_rows
