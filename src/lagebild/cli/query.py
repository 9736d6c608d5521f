from __future__ import annotations

import click

from lagebild.cli.event_filter import event_filter_options
from lagebild.cli.options import db_option, since_option, until_option
from lagebild.cli.output import FORMATS, print_rows
from lagebild.store import open_store
from lagebild.store.queries import (
    cluster_evidence,
    find_articles,
    find_clusters,
    find_events,
    find_quotes,
)

format_option = click.option(
    "--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True
)
limit_option = click.option("--limit", type=click.IntRange(min=1), default=100, show_default=True)
offset_option = click.option("--offset", type=click.IntRange(min=0), default=0)


@click.group("query")
def query_group() -> None:
    """Query the database: events, event clusters, quotes, articles."""


@query_group.command("events")
@db_option
@event_filter_options
@format_option
@limit_option
@offset_option
def events_command(db_url, flt, fmt, limit, offset) -> None:
    """Events with their evidence sentence."""
    print_rows(find_events(open_store(db_url), flt, limit, offset), fmt, "Events")


@query_group.command("quotes")
@db_option
@click.option("--speaker", help="Speaker name (part of it), KB id or entity name.")
@click.option("--text", help="Words in the quote.")
@format_option
@limit_option
@offset_option
def quotes_command(db_url, speaker, text, fmt, limit, offset) -> None:
    """Quotations with their speakers."""
    print_rows(find_quotes(open_store(db_url), speaker, text, limit, offset), fmt, "Quotes")


@query_group.command("articles")
@db_option
@click.option("--text", help="Words in the title or text.")
@since_option
@until_option
@format_option
@limit_option
@offset_option
def articles_command(db_url, text, since, until, fmt, limit, offset) -> None:
    """Stored articles."""
    print_rows(find_articles(open_store(db_url), text, since, until, limit, offset), fmt, "Articles")


@query_group.command("clusters")
@db_option
@click.option("--actor", help="State or IGO code (RUS, NATO) as source or target.")
@click.option("--root", help="CAMEO root, 01-20.")
@click.option("--min-sources", type=click.IntRange(min=1), default=1, show_default=True)
@click.option("--evidence", "cluster_id", help="List the reports (evidence sentences) of one cluster.")
@format_option
@limit_option
@offset_option
def clusters_command(db_url, actor, root, min_sources, cluster_id, fmt, limit, offset) -> None:
    """Real-world events reported by several articles, with their number of independent sources."""
    store = open_store(db_url)
    if cluster_id:
        print_rows(cluster_evidence(store, cluster_id), fmt, f"Reports of {cluster_id}")
        return
    print_rows(find_clusters(store, actor, root, min_sources, limit, offset), fmt, "Event clusters")
