"""One event, many reports: asserted events from different articles that describe the same real-world
event (same dyad at state/IGO level, same CAMEO root, compatible date and place) share a cluster,
which counts its independent sources (near-duplicate articles count once)."""

from __future__ import annotations

from sqlalchemy import Connection, and_, func, or_, select, true, update

from lagebild.records import day_of
from lagebild.store import schema

CLUSTERED_MODALITIES = ("asserted",)
SYMMETRIC_ROOTS = {"04"}  # "X met Y" and "Y met X" report one meeting
MAX_DAYS_APART = 2


def actor_key(row: dict, side: str) -> str | None:
    return row[f"{side}_country"] or row[f"{side}_actor_code"] or row[f"{side}_name"]


def dates_compatible(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    day_a, day_b = day_of(a), day_of(b)
    if day_a and day_b:
        return abs((day_a - day_b).days) <= MAX_DAYS_APART
    shorter = min(len(a), len(b))
    return a[:shorter] == b[:shorter]


def _candidates(conn: Connection, root: str, source: str, target: str | None) -> list[dict]:
    """Clusters of the same root and dyad; a report that names no target ("Berlin wies 40 Diplomaten
    aus") fits a cluster whose reports do, and the other way round. Exact dyads come first."""
    clusters = schema.event_clusters
    target_fits = true() if target is None else or_(clusters.c.target == target, clusters.c.target.is_(None))
    dyad = and_(clusters.c.source == source, target_fits)
    if root in SYMMETRIC_ROOTS and target is not None:
        dyad = or_(dyad, and_(clusters.c.source == target, clusters.c.target == source))
    query = select(clusters).where(clusters.c.root == root, dyad).order_by(clusters.c.id)
    rows = [row._asdict() for row in conn.execute(query)]
    return sorted(rows, key=lambda c: c["target"] != target)


def _earliest(a: str, b: str) -> str:
    """The earlier date, but never a month in place of a day: the cluster keeps its precision."""
    if len(a) != len(b):
        return a if len(a) > len(b) else b
    return min(a, b)


def _independent_sources(conn: Connection, cluster_id: str) -> int:
    members, events, articles = schema.cluster_events, schema.events, schema.articles
    origin = func.coalesce(articles.c.duplicate_of, articles.c.id)
    query = (
        select(func.count(func.distinct(origin)))
        .select_from(members.join(events, events.c.id == members.c.event_id))
        .join(articles, articles.c.id == events.c.article_id)
        .where(members.c.cluster_id == cluster_id)
    )
    return conn.execute(query).scalar_one()


def assign_clusters(conn: Connection, event_rows: list[dict]) -> None:
    """Put each stored asserted event into the cluster of the same real-world event, or a new one."""
    clusters, members = schema.event_clusters, schema.cluster_events
    for event in event_rows:
        if event["modality"] not in CLUSTERED_MODALITIES:
            continue
        source, target = actor_key(event, "source"), actor_key(event, "target")
        if source is None:
            continue
        match = next(
            (
                c
                for c in _candidates(conn, event["root"], source, target)
                if dates_compatible(c["date"], event["date"])
                and (not c["place_name"] or not event["place_name"] or c["place_name"] == event["place_name"])
            ),
            None,
        )
        if match is None:
            conn.execute(
                clusters.insert(),
                {
                    "id": event["id"], "root": event["root"], "code": event["code"], "label": event["label"],
                    "source": source, "target": target, "date": event["date"],
                    "place_name": event["place_name"], "events": 1, "sources": 1,
                },
            )  # fmt: skip
            conn.execute(members.insert(), {"cluster_id": event["id"], "event_id": event["id"]})
            continue
        conn.execute(members.insert(), {"cluster_id": match["id"], "event_id": event["id"]})
        conn.execute(
            update(clusters)
            .where(clusters.c.id == match["id"])
            .values(
                events=clusters.c.events + 1,
                sources=_independent_sources(conn, match["id"]),
                date=_earliest(match["date"], event["date"]),
                target=match["target"] or target,
                place_name=match["place_name"] or event["place_name"],
            )
        )
