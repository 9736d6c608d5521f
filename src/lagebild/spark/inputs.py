"""Input files of a Spark job (local or any Hadoop file system) as an RDD of ordered items.

Every item is `(order, ArticleInput | InputError)`; `order` is `(input file number, position in the
file)`, the order `lagebild ingest` reads the same files in, which decides which of two near-duplicate
articles counts as the original.
"""

from __future__ import annotations

import io
import json
from datetime import date, datetime

from pyspark import RDD
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

from lagebild.ingest import InputError, parse_json_line
from lagebild.ingest.readers import JSONL_SUFFIXES, WARC_SUFFIXES
from lagebild.ingest.warc import read_warc_stream

JSONL_NAMES = (*JSONL_SUFFIXES, *(f"{suffix}.gz" for suffix in JSONL_SUFFIXES))
PARQUET_NAMES = (".parquet",)
PARQUET_COLUMNS = ("id", "url", "title", "date", "source", "text")


def list_input_files(spark: SparkSession, paths: list[str]) -> tuple[list[str], list[InputError]]:
    """The article files under `paths` (files, folders searched recursively, or glob patterns), in the
    order given and sorted within a folder; Hadoop's hidden files (`.x`, `_SUCCESS`) are left out."""
    jvm, conf = spark.sparkContext._jvm, spark.sparkContext._jsc.hadoopConfiguration()
    files, errors = [], []
    for path in paths:
        hadoop_path = jvm.org.apache.hadoop.fs.Path(path)
        fs = hadoop_path.getFileSystem(conf)
        statuses = fs.globStatus(hadoop_path)
        if not statuses:
            errors.append(InputError(path, "no such file or folder"))
            continue
        found = []
        for status in statuses:
            if status.isDirectory():
                listing = fs.listFiles(status.getPath(), True)
                while listing.hasNext():
                    found.append(listing.next().getPath().toString())
            else:
                found.append(status.getPath().toString())
        files.extend(sorted(f for f in found if _is_input(f)))
    return files, errors


def _is_input(path: str) -> bool:
    name = path.rsplit("/", 1)[-1].lower()
    return not name.startswith((".", "_")) and name.endswith((*JSONL_NAMES, *PARQUET_NAMES, *WARC_SUFFIXES))


def read_items(spark: SparkSession, files: list[str], max_bytes: int) -> RDD:
    """The items of all `files`, each ordered by the file's number in `files` and its place in it."""
    sc = spark.sparkContext

    def numbered(names: tuple[str, ...]) -> list[tuple[int, str]]:
        return [(number, file) for number, file in enumerate(files) if file.lower().endswith(names)]

    parts = [_jsonl_items(sc, number, file, max_bytes) for number, file in numbered(JSONL_NAMES)]
    if parquet := numbered(PARQUET_NAMES):
        parts.append(_parquet_items(spark, parquet, max_bytes))
    if warcs := numbered(WARC_SUFFIXES):
        parts.append(_warc_items(sc, warcs, max_bytes))
    return sc.union(parts) if parts else sc.emptyRDD()


def _jsonl_items(sc, number: int, file: str, max_bytes: int) -> RDD:
    # one partition per file unless it is large: line numbers then need no extra pass
    lines = sc.textFile(file, minPartitions=1, use_unicode=False).zipWithIndex()
    return lines.filter(lambda pair: pair[0].strip()).map(
        lambda pair: ((number, pair[1]), parse_json_line(f"{file}:{pair[1] + 1}", pair[0], max_bytes))
    )


def _parquet_items(spark: SparkSession, files: list[tuple[int, str]], max_bytes: int) -> RDD:
    numbers = {_file_key(file): number for number, file in files}
    frame = spark.read.parquet(*(file for _, file in files))
    if "text" not in frame.columns:
        raise ValueError("the Parquet input has no 'text' column")
    columns = [F.col(c) if c in frame.columns else F.lit(None).alias(c) for c in PARQUET_COLUMNS]
    # ids grow with the row within a file (Spark splits a file in order), so they order its rows
    rows = frame.select(
        *columns, F.input_file_name().alias("_file"), F.monotonically_increasing_id().alias("_row")
    ).rdd

    def item(row):
        record = {c: _plain(row[c]) for c in PARQUET_COLUMNS}
        origin = f"{row['_file']}#{record['id'] or row['_row']}"
        return (numbers.get(_file_key(row["_file"]), -1), row["_row"]), parse_json_line(
            origin, json.dumps(record, ensure_ascii=False).encode("utf-8"), max_bytes
        )

    return rows.map(item)


def _plain(value):
    """A Parquet value as a JSON line would hold it (dates as ISO strings)."""
    return value.isoformat() if isinstance(value, date | datetime) else value


def _warc_items(sc, files: list[tuple[int, str]], max_bytes: int) -> RDD:
    numbers = {_file_key(file): number for number, file in files}
    # one task per WARC file: it is read as a whole, so executors need memory for the largest file
    contents = sc.binaryFiles(",".join(file for _, file in files), minPartitions=len(files))

    def items(pair):
        path, data = pair
        for position, item in enumerate(read_warc_stream(io.BytesIO(data), path, max_bytes)):
            yield (numbers.get(_file_key(path), -1), position), item

    return contents.flatMap(items)


def _file_key(path: str) -> str:
    """Spark names one local file `file:/x` or `file:///x` depending on the API."""
    return path.replace(":///", ":/", 1)
