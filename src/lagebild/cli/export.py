from __future__ import annotations

import sys
from pathlib import Path

import click

from lagebild.cli.event_filter import event_filter_options
from lagebild.cli.options import db_option
from lagebild.export import FILE_WRITERS, FORMATS, TEXT_WRITERS, export_rows
from lagebild.store import open_store


@click.command("export")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    required=True,
    help="gdelt: GDELT 2.0 event table (61 tab-separated columns); plover: PLOVER JSON Lines.",
)
@click.option(
    "--out",
    "out_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="File to write; standard output if not given (not for parquet).",
)
@db_option
@event_filter_options
def export_command(fmt, out_path, db_url, flt) -> None:
    """Export events (same filters as `query events`) for other event-data tools.

    Hypothetical, negated and future events are left out unless --modality asks for them.
    """
    if fmt in FILE_WRITERS and out_path is None:
        raise click.BadParameter(f"{fmt} is a binary format: give a file with --out", param_hint="--out")
    rows = export_rows(open_store(db_url), flt)
    if fmt in FILE_WRITERS:
        count = FILE_WRITERS[fmt](rows, out_path)
    elif out_path is None:
        count = TEXT_WRITERS[fmt](rows, sys.stdout)
    else:
        with out_path.open("w", encoding="utf-8", newline="") as out:
            count = TEXT_WRITERS[fmt](rows, out)
    click.echo(f"{count} events written ({fmt}) → {out_path or 'standard output'}", err=True)
