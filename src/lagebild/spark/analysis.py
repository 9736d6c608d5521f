"""The per-partition work: every item through `lagebild.analyze`, out as table rows.

The pipeline is built once per Python worker process (`get_pipeline` caches it, and Spark reuses its
Python workers between tasks), never per record; `pipelines_built` counts the builds.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from lagebild.analysis import content_hash
from lagebild.batch import analyze_input
from lagebild.ingest import ArticleInput, InputError
from lagebild.pipeline import get_pipeline
from lagebild.spark.tables import ERRORS, row_values
from lagebild.tabular import rows_from_analysis


def analyze_partition(
    items: Iterable[tuple[tuple[int, int], ArticleInput]], model: str | None, pipelines_built
) -> Iterator[tuple[str, tuple]]:
    """`(table name, row values)` for every record of every article; an error row for a failure."""
    builds_before = get_pipeline.cache_info().misses
    for order, item in items:
        analysis = analyze_input(item, model=model)
        if isinstance(analysis, InputError):
            yield ERRORS, (analysis.origin, analysis.message)
            continue
        for table_name, rows in rows_from_analysis(analysis, content_hash(item.text)).items():
            for row in rows:
                yield table_name, row_values(table_name, row, order)
    pipelines_built.add(get_pipeline.cache_info().misses - builds_before)
