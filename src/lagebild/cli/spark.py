"""`lagebild spark`: the pipeline on Apache Spark, inputs to Parquet tables."""

from __future__ import annotations

import sys

import click

from lagebild.cli.options import max_bytes_option, model_option


@click.command("spark")
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "--out", required=True, help="Output folder (local or Hadoop URI): one Parquet dataset per table."
)
@click.option(
    "--master", default=None,
    help="Spark master (local[2], yarn, spark://host:7077); default: spark-submit's, else local[*].",
)  # fmt: skip
@click.option(
    "--partitions", type=click.IntRange(min=1), default=None,
    help="Analysis tasks; default: 4 per core of the cluster.",
)  # fmt: skip
@max_bytes_option
@model_option
def spark_command(inputs, out, master, partitions, max_bytes, model) -> None:
    """Analyse JSON Lines, Parquet or WARC INPUTS (files, folders, globs) on Spark into Parquet tables
    under --out, the database's tables; `lagebild load` puts them into a database."""
    try:
        from lagebild.spark.job import run_job, spark_session
    except ImportError as err:
        raise click.ClickException(f"{err}: install the Spark extra, pip install 'lagebild[spark]'") from None
    spark = spark_session(master)
    report = run_job(spark, list(inputs), out, partitions=partitions, model=model, max_bytes=max_bytes)
    click.echo(
        f"{report.articles} articles ({report.near_duplicates} near-duplicates), "
        f"{report.skipped} repeated texts skipped, {report.errors} failed (see {out}/errors) → {out}",
        err=True,
    )
    spark.stop()
    sys.exit(1 if report.errors else 0)
