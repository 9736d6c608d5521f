from __future__ import annotations

import sys
from pathlib import Path

import click

from lagebild.cli.options import db_option, since_option, until_option
from lagebild.export import FILE_WRITERS, FORMATS, TEXT_WRITERS, export_rows
from lagebild.records import Modality
from lagebild.store import open_store
from lagebild.store.queries import EventFilter

MODALITIES = Modality.__args__


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
@click.option("--actor", help="Actor code (prefix), ISO country, KB id or name, as source or target.")
@click.option("--dyad", help="Two actors, comma-separated: RUS,NATO.")
@click.option("--directed", is_flag=True, help="With --dyad: only first → second.")
@click.option("--code", help="CAMEO code or prefix, e.g. 172.")
@click.option("--root", help="CAMEO root, 01-20.")
@click.option("--quad", "quad_class", type=click.IntRange(1, 4), help="Quad class 1-4.")
@click.option(
    "--modality",
    "modalities",
    multiple=True,
    type=click.Choice([*MODALITIES, "all"]),
    help="Factuality to include (repeatable); default asserted only.",
)
@since_option
@until_option
def export_command(fmt, out_path, db_url, actor, dyad, directed, code, root, quad_class, modalities,
                   since, until) -> None:  # fmt: skip
    """Export events (same filters as `query events`) for other event-data tools.

    Hypothetical, negated and future events are left out unless --modality asks for them.
    """
    if dyad:
        parts = [p.strip() for p in dyad.split(",")]
        if len(parts) != 2 or not all(parts):
            raise click.BadParameter("give two actors separated by a comma", param_hint="--dyad")
        dyad = tuple(parts)
    if fmt in FILE_WRITERS and out_path is None:
        raise click.BadParameter(f"{fmt} is a binary format: give a file with --out", param_hint="--out")
    chosen = MODALITIES if "all" in modalities else (tuple(modalities) or ("asserted",))
    flt = EventFilter(actor=actor, dyad=dyad, directed=directed, code=code, root=root,
                      quad_class=quad_class, modalities=chosen, since=since, until=until)  # fmt: skip
    rows = export_rows(open_store(db_url), flt)
    if fmt in FILE_WRITERS:
        count = FILE_WRITERS[fmt](rows, out_path)
    elif out_path is None:
        count = TEXT_WRITERS[fmt](rows, sys.stdout)
    else:
        with out_path.open("w", encoding="utf-8", newline="") as out:
            count = TEXT_WRITERS[fmt](rows, out)
    click.echo(f"{count} events written ({fmt}) → {out_path or 'standard output'}", err=True)
