"""The Spark job: inputs → items in input order → one analysis per distinct text → Parquet tables."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass

from pyspark import RDD, StorageLevel
from pyspark.sql import SparkSession

from lagebild.analysis import content_hash
from lagebild.ingest import DEFAULT_MAX_BYTES, ArticleInput, InputError
from lagebild.spark.analysis import analyze_partition
from lagebild.spark.dedup import duplicates
from lagebild.spark.inputs import list_input_files, read_items
from lagebild.spark.tables import ERRORS, ORDER_COLUMNS, TABLES, spark_schema

ARTICLE = {name: index for index, name in enumerate(TABLES["articles"])}
ORDER_AT = len(TABLES["articles"])  # the order columns follow the table's own


@dataclass
class JobReport:
    articles: int
    skipped: int  # the same text again: `lagebild ingest` skips it as already stored
    errors: int
    near_duplicates: int  # articles with `duplicate_of` set
    pipelines_built: int  # in all Python workers together


def spark_session(
    master: str | None = None, app_name: str = "lagebild", config: dict[str, str] | None = None
) -> SparkSession:
    """The active session (as `spark-submit` makes it), or a new one on `master`."""
    if master and master.startswith("local") and "PYSPARK_PYTHON" not in os.environ:
        # local workers must run the interpreter lagebild is installed in
        os.environ["PYSPARK_PYTHON"] = sys.executable
    builder = SparkSession.builder.appName(app_name)
    if master:
        builder = builder.master(master)
    for key, value in (config or {}).items():
        builder = builder.config(key, value)
    return builder.getOrCreate()


def run_job(
    spark: SparkSession,
    inputs: list[str],
    out: str,
    *,
    partitions: int | None = None,
    model: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> JobReport:
    """Analyse `inputs` into Parquet datasets under `out` (one folder per table, replaced if there)."""
    sc = spark.sparkContext
    partitions = partitions or 4 * sc.defaultParallelism  # small tasks even out slow articles
    files, missing = list_input_files(spark, inputs)
    items = read_items(spark, files, max_bytes).persist(StorageLevel.MEMORY_AND_DISK)
    articles = items.filter(lambda pair: isinstance(pair[1], ArticleInput))
    # the first of several equal texts is analysed, later ones are skipped as `lagebild ingest` skips
    # them
    distinct = articles.keyBy(lambda pair: content_hash(pair[1].text)).reduceByKey(_first)
    unique, id_errors = _unique_ids(distinct, partitions)
    builds = sc.accumulator(0)
    rows = unique.mapPartitions(lambda part: analyze_partition(part, model, builds)).persist(
        StorageLevel.MEMORY_AND_DISK
    )
    originals = sc.broadcast(
        duplicates(
            _table(rows, "articles").map(lambda a: (a[ARTICLE["id"]], a[ORDER_AT:], a[ARTICLE["text"]])),
            partitions,
        )
    )
    # every table in input order, so `lagebild load` reads them side by side, article by article:
    # one sort for all tables, whose partitions (and so part files) follow each other in that order
    in_order = (
        rows.filter(lambda row: row[0] != ERRORS)
        .sortBy(lambda row: row[1][-len(ORDER_COLUMNS) :], numPartitions=partitions)
        .persist(StorageLevel.MEMORY_AND_DISK)
    )
    article_rows = _table(in_order, "articles").map(
        lambda a: _replace(a, ARTICLE["duplicate_of"], originals.value.get(a[ARTICLE["id"]]))
    )
    _write(spark, article_rows, "articles", out)
    for name in TABLES:
        if name != "articles":
            _write(spark, _table(in_order, name), name, out)
    errors = sc.union(
        [
            sc.parallelize([(e.origin, e.message) for e in missing], 1),
            items.filter(lambda pair: isinstance(pair[1], InputError)).map(lambda p: _error_row(p[1])),
            id_errors.map(_error_row),
            _table(rows, ERRORS),
        ]
    ).coalesce(1)
    errors.persist(StorageLevel.MEMORY_AND_DISK)  # written and counted
    _write(spark, errors, ERRORS, out)
    report = JobReport(
        articles=article_rows.count(),
        skipped=articles.count() - distinct.count(),
        errors=errors.count(),
        near_duplicates=len(originals.value),
        pipelines_built=builds.value,
    )
    for cached in (errors, in_order, rows, items):
        cached.unpersist()
    return report


def _first(a, b):
    return a if a[0] <= b[0] else b


def _unique_ids(distinct: RDD, partitions: int) -> tuple[RDD, RDD]:
    """The items whose id no earlier item (with another text) has, and errors for the others,
    worded as `lagebild ingest` words them. The shuffle spreads the items over `partitions` tasks."""
    by_id = distinct.map(lambda keyed: (keyed[1][1].id or keyed[0], keyed[1])).groupByKey(partitions)
    ranked = by_id.flatMap(lambda group: enumerate(sorted(group[1], key=lambda pair: pair[0])))
    errors = ranked.filter(lambda r: r[0] > 0).map(
        lambda r: InputError(
            r[1][1].origin, f"article id {r[1][1].id!r} is already stored with a different text"
        )
    )
    return ranked.filter(lambda r: r[0] == 0).values(), errors


def _table(rows: RDD, name: str) -> RDD:
    return rows.filter(lambda row: row[0] == name).map(lambda row: row[1])


def _replace(values: tuple, index: int, value) -> tuple:
    return (*values[:index], value, *values[index + 1 :])


def _error_row(error: InputError) -> tuple[str, str]:
    return error.origin, error.message


def _write(spark: SparkSession, rows: RDD, name: str, out: str) -> None:
    frame = spark.createDataFrame(rows, spark_schema(name)).drop(*ORDER_COLUMNS)
    frame.write.mode("overwrite").parquet(f"{out.rstrip('/')}/{name}")
