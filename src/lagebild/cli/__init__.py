"""The `lagebild` command line."""

from __future__ import annotations

import click

from lagebild import __version__
from lagebild.cli.analyze import analyze_command, schema_command
from lagebild.cli.export import export_command
from lagebild.cli.ingest import demo_command, ingest_command
from lagebild.cli.load import load_command
from lagebild.cli.query import query_group
from lagebild.cli.serve import serve_command
from lagebild.cli.spark import spark_command
from lagebild.cli.watch import watch_command


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="lagebild")
def cli() -> None:
    """News articles to a situation picture: actors, time, places, quotes and events."""


for command in (analyze_command, ingest_command, demo_command, query_group, schema_command, serve_command):
    cli.add_command(command)
cli.add_command(watch_command)
cli.add_command(export_command)
cli.add_command(spark_command)
cli.add_command(load_command)


def main() -> None:
    cli()
