"""Rows as a terminal table, JSON or CSV."""

from __future__ import annotations

import csv
import json
import sys

from rich.console import Console
from rich.markup import escape
from rich.table import Table

FORMATS = ("table", "json", "csv")


def print_rows(rows: list[dict], fmt: str, title: str | None = None, console: Console | None = None) -> None:
    if fmt == "json":
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    elif fmt == "csv":
        if rows:
            writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]), lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)
    else:
        console = console or Console()
        if not rows:
            console.print(f"[dim]{title or 'result'}: nothing found[/dim]")
            return
        if title:
            console.print(f"[bold]{escape(title)}[/bold]")
        table = Table(expand=False)
        for name in rows[0]:
            table.add_column(name, overflow="fold")
        for row in rows:
            table.add_row(*("" if v is None else escape(str(v)) for v in row.values()))
        console.print(table)
