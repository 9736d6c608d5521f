from __future__ import annotations

import json
import sys

import click
from rich.console import Console

from lagebild.batch import analyze_input
from lagebild.cli.options import date_option, max_bytes_option, model_option
from lagebild.ingest import InputError, read_inputs
from lagebild.records import Analysis, json_schema


@click.command("analyze")
@click.argument("paths", nargs=-1, required=True)
@date_option
@click.option("--json", "as_json", is_flag=True, help="Print lagebild/1 JSON, one article per line.")
@max_bytes_option
@model_option
def analyze_command(paths, date, as_json, max_bytes, model) -> None:
    """Analyse articles (text files, JSON Lines, folders) and print their records."""
    errors = 0
    out = Console(highlight=False)
    for item in read_inputs(paths, max_bytes=max_bytes):
        analysis = item if isinstance(item, InputError) else analyze_input(item, date, model)
        if isinstance(analysis, InputError):
            click.echo(f"error: {analysis}", err=True)
            errors += 1
            continue
        if as_json:
            sys.stdout.write(analysis.to_json() + "\n")
        else:
            _print_readable(out, item.origin, analysis)
    sys.exit(1 if errors else 0)


def _print_readable(out: Console, origin: str, analysis: Analysis) -> None:
    # article text is printed as it is: no rich markup, no highlighting
    out = Console(markup=False, highlight=False)
    article = analysis.article
    out.rule(article.title or origin)
    out.print(
        f"date {article.date or '?'} · language {article.language} · "
        f"{len(analysis.sentences)} sentences · {len(analysis.entities)} entities · "
        f"{len(analysis.timexes)} time expressions · {len(analysis.quotes)} quotes · "
        f"{len(analysis.events)} events"
    )
    for entity in analysis.entities:
        code = f" [{entity.actor_code}]" if entity.actor_code else ""
        out.print(f"  {entity.type:<4} {entity.name}{code} ×{len(entity.mentions)}")
    for timex in analysis.timexes:
        out.print(f"  TIME {timex.text!r} = {timex.value}")
    for quote in analysis.quotes:
        out.print(f"  QUOTE {quote.speaker_name or '?'}: {quote.text!r}")
    for event in analysis.events:
        source = event.source.name if event.source else "?"
        target = event.target.name if event.target else "?"
        out.print(f"  EVENT {event.code} {event.label}: {source} → {target} ({event.modality})")


@click.command("schema")
def schema_command() -> None:
    """Print the JSON Schema of the lagebild/1 output."""
    click.echo(json.dumps(json_schema(), indent=2, ensure_ascii=False))
