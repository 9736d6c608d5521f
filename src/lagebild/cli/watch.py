from __future__ import annotations

import re
import sys

import click

from lagebild.cli.options import db_option, model_option
from lagebild.store import open_store

INTERVAL = re.compile(r"(\d+)([smh])")
SECONDS_PER_UNIT = {"s": 1, "m": 60, "h": 3600}


def _interval_seconds(_ctx, _param, value: str) -> int:
    match = INTERVAL.fullmatch(value.strip().lower())
    if not match or int(match.group(1)) == 0:
        raise click.BadParameter("use a number with s, m or h: 30s, 15m, 1h")
    return int(match.group(1)) * SECONDS_PER_UNIT[match.group(2)]


@click.command("watch")
@click.argument("feed_urls", nargs=-1, required=True)
@click.option("--every", "every_seconds", default="15m", show_default=True, callback=_interval_seconds,
              help="Time between polls: 30s, 15m, 1h.")  # fmt: skip
@click.option("--once", is_flag=True, help="Poll the feeds once and exit.")
@db_option
@model_option
def watch_command(feed_urls, every_seconds, once, db_url, model) -> None:
    """Poll RSS/Atom feeds and store the articles of new items; no page is fetched twice.

    With --once, the exit status is 1 when a feed or page failed.
    """
    # imported here: trafilatura and feedparser are slow to import and only this command needs them
    from lagebild.watch import watch

    def on_error(error) -> None:
        click.echo(f"error: {error}", err=True)

    def on_poll(report) -> None:
        click.echo(report.summary(), err=True)

    try:
        report = watch(list(feed_urls), open_store(db_url), every_seconds, once=once, model=model,
                       on_error=on_error, on_poll=on_poll)  # fmt: skip
    except KeyboardInterrupt:
        click.echo("stopped", err=True)
        return
    # like `lagebild ingest`: a single poll that met errors says so to the script that ran it
    sys.exit(1 if report.errors else 0)
