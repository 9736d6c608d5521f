from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from lagebild.batch import ingest
from lagebild.cli.options import db_option, max_bytes_option, model_option
from lagebild.cli.summary import print_summary
from lagebild.ingest import count_articles, read_inputs
from lagebild.store import open_store


def _run_ingest(paths, db_url: str, max_bytes: int, model: str | None, console: Console):
    store = open_store(db_url)
    with Progress(
        TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
        TextColumn("stored {task.fields[stored]} · skipped {task.fields[skipped]}"),
        TimeElapsedColumn(), console=console, transient=False,
    ) as progress:  # fmt: skip
        task = progress.add_task("analysing", total=count_articles(paths), stored=0, skipped=0)
        counts = {"stored": 0, "skipped": 0, "error": 0}

        def on_item(outcome: str, error) -> None:
            counts[outcome] += 1
            if error is not None:
                progress.console.print(f"error: {error}", markup=False, highlight=False, soft_wrap=True)
            progress.update(task, advance=1, stored=counts["stored"], skipped=counts["skipped"])

        report = ingest(read_inputs(paths, max_bytes=max_bytes), store, model=model, on_item=on_item)
    console.print(
        f"{report.stored} stored, {report.skipped} already stored, {len(report.errors)} failed → {db_url}",
        highlight=False,
    )
    return store, report


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@db_option
@max_bytes_option
@model_option
def ingest_command(paths, db_url, max_bytes, model) -> None:
    """Analyse articles and store their records; articles already stored are skipped."""
    _, report = _run_ingest(paths, db_url, max_bytes, model, Console(stderr=True))
    sys.exit(1 if report.errors else 0)


def sample_corpus() -> list[Path]:
    samples = resources.files("lagebild") / "samples"
    return sorted(Path(str(p)) for p in samples.iterdir() if p.name.endswith(".jsonl"))


@click.command("demo")
@db_option
def demo_command(db_url) -> None:
    """Analyse the bundled sample corpus into a database and summarise it."""
    console = Console()
    store, report = _run_ingest(sample_corpus(), db_url, 5_000_000, None, console)
    print_summary(store, console)
    sys.exit(1 if report.errors else 0)
