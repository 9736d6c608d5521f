"""Tables of the lagebild database (SQLAlchemy Core), one per record kind.

Keys are derived from the article id (`<article>:e3`), so a run that was interrupted and resumed
writes exactly the rows an uninterrupted run writes.
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()


def _article_fk() -> Column:
    return Column(
        "article_id", String, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True
    )


articles = Table(
    "articles",
    metadata,
    Column("id", String, primary_key=True),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("title", Text),
    Column("date", String(10), index=True),
    Column("language", String(5), nullable=False),
    Column("source", String, index=True),
    Column("url", Text),
    Column("text", Text, nullable=False),
    Column("pipeline", String, nullable=False),
    # the first stored article this one nearly copies (agency copy reprinted): one source, not two
    Column("duplicate_of", String, index=True),
)

article_signatures = Table(
    "article_signatures",
    metadata,
    Column("article_id", String, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("minhash", LargeBinary, nullable=False),
)

article_bands = Table(
    "article_bands",
    metadata,
    Column("band", Integer, nullable=False),
    Column("bucket", String(32), nullable=False),
    Column("article_id", String, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Index("ix_article_bands_bucket", "band", "bucket"),
)

sentences = Table(
    "sentences",
    metadata,
    _article_fk(),
    Column("idx", Integer, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Index("ix_sentences_article", "article_id", "idx", unique=True),
)

entities = Table(
    "entities",
    metadata,
    Column("id", String, primary_key=True),
    _article_fk(),
    Column("name", String, nullable=False, index=True),
    Column("type", String(4), nullable=False),
    Column("country", String(3), index=True),
    Column("actor_code", String, index=True),
    Column("kb_id", String, index=True),
    Column("wikidata", String),
    Column("role", String),
    Column("lat", Float),
    Column("lon", Float),
    Column("feature", String),
    Column("geonames", Integer),
)

mentions = Table(
    "mentions",
    metadata,
    Column("entity_id", String, ForeignKey("entities.id", ondelete="CASCADE"), nullable=False),
    _article_fk(),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("sentence", Integer, nullable=False),
    Index("ix_mentions_entity", "entity_id"),
)

timexes = Table(
    "timexes",
    metadata,
    Column("id", String, primary_key=True),
    _article_fk(),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("sentence", Integer, nullable=False),
    Column("type", String(8), nullable=False),
    Column("value", String),
    Column("mod", String(16)),
)

quotes = Table(
    "quotes",
    metadata,
    Column("id", String, primary_key=True),
    _article_fk(),
    Column("kind", String(8), nullable=False),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("sentence", Integer, nullable=False),
    Column("speaker_entity_id", String, ForeignKey("entities.id", ondelete="SET NULL"), index=True),
    Column("speaker_name", String, index=True),
    Column("cue", String),
)

events = Table(
    "events",
    metadata,
    Column("id", String, primary_key=True),
    _article_fk(),
    Column("code", String(4), nullable=False, index=True),
    Column("root", String(2), nullable=False, index=True),
    Column("label", String, nullable=False),
    Column("plover", String),
    Column("goldstein", Float, nullable=False),
    Column("quad_class", Integer, nullable=False, index=True),
    *(
        column
        for side in ("source", "target")
        for column in (
            Column(f"{side}_entity_id", String, ForeignKey("entities.id", ondelete="SET NULL"), index=True),
            Column(f"{side}_name", String, index=True),
            Column(f"{side}_actor_code", String, index=True),
            Column(f"{side}_country", String(3), index=True),
        )
    ),
    Column("modality", String(12), nullable=False, index=True),
    Column("date", String(10), index=True),
    Column("place_entity_id", String, ForeignKey("entities.id", ondelete="SET NULL")),
    Column("place_name", String),
    Column("place_lat", Float),
    Column("place_lon", Float),
    Column("confidence", Float, nullable=False),
)

evidence = Table(
    "evidence",
    metadata,
    Column("event_id", String, ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
    _article_fk(),
    Column("sentence", Integer, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Index("ix_evidence_event", "event_id"),
)

event_clusters = Table(
    "event_clusters",
    metadata,
    Column("id", String, primary_key=True),
    Column("root", String(2), nullable=False, index=True),
    Column("code", String(4), nullable=False),
    Column("label", String, nullable=False),
    Column("source", String, index=True),
    Column("target", String, index=True),
    Column("date", String(10), index=True),
    Column("place_name", String),
    Column("events", Integer, nullable=False),
    Column("sources", Integer, nullable=False),
)

cluster_events = Table(
    "cluster_events",
    metadata,
    Column("cluster_id", String, ForeignKey("event_clusters.id", ondelete="CASCADE"), nullable=False),
    Column("event_id", String, ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_cluster_events_cluster", "cluster_id"),
)

# pages `lagebild watch` has requested, whatever came of it, so no URL is fetched twice
fetched_urls = Table(
    "fetched_urls",
    metadata,
    Column("url", Text, primary_key=True),
    Column("fetched_at", String(32), nullable=False),
    Column("status", String, nullable=False),
)

RECORD_TABLES = (articles, sentences, entities, mentions, timexes, quotes, events, evidence)
