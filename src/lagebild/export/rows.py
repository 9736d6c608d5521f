"""The exported event rows: one flat row per event, with its evidence, places, article and cluster.

Every format is written from these rows. Which events are chosen is decided by `events_query`, the
query behind `lagebild query events`, so both commands take the same filters and give the same events.
"""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import func, select

from lagebild.events.codebook import codebook
from lagebild.store import Store, schema
from lagebild.store.queries import EventFilter, events_query

# (name, type) of every exported column, in order; the types are those of the Parquet file
COLUMNS: tuple[tuple[str, str], ...] = (
    ("event_id", "string"), ("date", "string"), ("code", "string"), ("root", "string"),
    ("label", "string"), ("plover", "string"), ("plover_mode", "string"), ("goldstein", "float"),
    ("quad_class", "int"), ("modality", "string"), ("confidence", "float"),
    ("source_name", "string"), ("source_actor_code", "string"), ("source_country", "string"),
    ("source_kb_id", "string"),
    ("target_name", "string"), ("target_actor_code", "string"), ("target_country", "string"),
    ("target_kb_id", "string"),
    ("place_name", "string"), ("place_country", "string"), ("place_feature", "string"),
    ("place_lat", "float"), ("place_lon", "float"), ("place_geonames", "int"),
    ("evidence", "string"), ("evidence_sentence", "int"), ("evidence_start", "int"), ("evidence_end", "int"),
    ("cluster_id", "string"), ("cluster_events", "int"), ("cluster_sources", "int"),
    ("cluster_articles", "int"),
    ("article_id", "string"), ("article_title", "string"), ("article_date", "string"),
    ("article_source", "string"), ("article_url", "string"), ("article_language", "string"),
)  # fmt: skip
COLUMN_NAMES = tuple(name for name, _ in COLUMNS)
BATCH = 1000


def export_rows(store: Store, flt: EventFilter) -> Iterator[dict]:
    """The chosen events in date order, streamed (an export may be larger than memory)."""
    cameo = codebook()
    with store.engine.connect() as conn:
        result = conn.execution_options(yield_per=BATCH).execute(_query(flt))
        for row in result.mappings():
            out = dict(row)
            entry = cameo.get(out["code"])
            out["plover_mode"] = entry.plover_mode if entry else None
            yield {name: out[name] for name in COLUMN_NAMES}


def _query(flt: EventFilter):
    ev, art, ent, evid = schema.events, schema.articles, schema.entities, schema.evidence
    members, clusters = schema.cluster_events, schema.event_clusters
    source, target, place = ent.alias("source_entity"), ent.alias("target_entity"), ent.alias("place_entity")
    chosen = select(events_query(flt).subquery().c.id)
    # GDELT's NumArticles: distinct articles reporting the cluster (NumSources counts independent ones)
    member_events = ev.alias("member_events")
    cluster_articles = (
        select(members.c.cluster_id, func.count(func.distinct(member_events.c.article_id)).label("articles"))
        .join(member_events, member_events.c.id == members.c.event_id)
        .group_by(members.c.cluster_id)
        .subquery()
    )
    return (
        select(
            ev.c.id.label("event_id"), ev.c.date, ev.c.code, ev.c.root, ev.c.label, ev.c.plover,
            ev.c.goldstein, ev.c.quad_class, ev.c.modality, ev.c.confidence,
            ev.c.source_name, ev.c.source_actor_code, ev.c.source_country,
            source.c.kb_id.label("source_kb_id"),
            ev.c.target_name, ev.c.target_actor_code, ev.c.target_country,
            target.c.kb_id.label("target_kb_id"),
            ev.c.place_name, place.c.country.label("place_country"),
            place.c.feature.label("place_feature"), ev.c.place_lat, ev.c.place_lon,
            place.c.geonames.label("place_geonames"),
            evid.c.text.label("evidence"), evid.c.sentence.label("evidence_sentence"),
            evid.c.start.label("evidence_start"), evid.c.end.label("evidence_end"),
            members.c.cluster_id, clusters.c.events.label("cluster_events"),
            clusters.c.sources.label("cluster_sources"), cluster_articles.c.articles.label("cluster_articles"),
            ev.c.article_id, art.c.title.label("article_title"), art.c.date.label("article_date"),
            art.c.source.label("article_source"), art.c.url.label("article_url"),
            art.c.language.label("article_language"),
        )
        .select_from(ev)
        .join(art, art.c.id == ev.c.article_id)
        .join(evid, evid.c.event_id == ev.c.id)
        .outerjoin(source, source.c.id == ev.c.source_entity_id)
        .outerjoin(target, target.c.id == ev.c.target_entity_id)
        .outerjoin(place, place.c.id == ev.c.place_entity_id)
        .outerjoin(members, members.c.event_id == ev.c.id)
        .outerjoin(clusters, clusters.c.id == members.c.cluster_id)
        .outerjoin(cluster_articles, cluster_articles.c.cluster_id == members.c.cluster_id)
        .where(ev.c.id.in_(chosen))
        .order_by(ev.c.date, ev.c.id)
    )  # fmt: skip
