"""The readable summary of a database that `lagebild demo` prints."""

from __future__ import annotations

from rich.console import Console

from lagebild.cli.output import print_rows
from lagebild.store import Store
from lagebild.store.queries import (
    EventFilter,
    count_events,
    events_by_root,
    find_clusters,
    find_quotes,
    top_actors,
    top_dyads,
)


def print_summary(store: Store, console: Console) -> None:
    counts = {name: store.count(name) for name in ("articles", "entities", "timexes", "quotes", "events")}
    console.print(
        f"\n[bold]{counts['articles']} articles[/bold] · {counts['entities']} entities · "
        f"{counts['timexes']} time expressions · {counts['quotes']} quotes · {counts['events']} events "
        f"({count_events(store, EventFilter())} asserted; negated, future and hypothetical ones are not counted below)"
    )
    print_rows(top_actors(store), "table", "Top actors", console)
    print_rows(events_by_root(store), "table", "Asserted events by CAMEO root", console)
    print_rows(top_dyads(store), "table", "Most active dyads (asserted events)", console)
    clusters = [
        {"date": c["date"], "event": c["label"], "source": c["source"], "target": c["target"],
         "reports": c["events"], "independent sources": c["sources"]}
        for c in find_clusters(store, min_sources=2, limit=5)
    ]  # fmt: skip
    print_rows(clusters, "table", "Events reported by several sources", console)
    quotes = [{"speaker": q["speaker_name"], "quote": q["text"][:120]} for q in find_quotes(store, limit=5)]
    print_rows(quotes, "table", "Quotes", console)
