"""`lagebild load`: a Spark run's Parquet tables into the database."""

from __future__ import annotations

import sys

import click

from lagebild.cli.options import db_option
from lagebild.spark.load import load_tables
from lagebild.store import open_store


@click.command("load")
@click.argument("path")
@db_option
def load_command(path, db_url) -> None:
    """Store the articles of a `lagebild spark` output folder PATH; articles stored already are skipped."""
    store = open_store(db_url)

    def on_item(outcome: str, error) -> None:
        if error is not None:
            click.echo(f"error: {error}", err=True)

    try:
        report = load_tables(path, store, on_item=on_item)
    except (FileNotFoundError, ValueError) as err:
        raise click.ClickException(str(err)) from None
    click.echo(
        f"{report.stored} stored, {report.skipped} already stored, {len(report.errors)} failed → {db_url}"
        + (
            f" ({report.job_errors} items had failed in the Spark run: see {path}/errors)"
            if report.job_errors
            else ""
        ),
        err=True,
    )
    sys.exit(1 if report.errors else 0)
