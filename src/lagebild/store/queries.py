"""Read queries over the store: events, quotes, articles and corpus summaries."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Select, and_, desc, func, literal, or_, select

from lagebild.store import schema
from lagebild.store.database import Store

EVENTS = schema.events
COUNTED_MODALITIES = ("asserted",)


@dataclass(frozen=True)
class EventFilter:
    """Which events to list. An actor matches a code (`RUSGOV`, prefix), country (`RUS`), KB id or
    name, on either side (`actor`) or one side (`source`, `target`); a dyad is two actors, in either
    direction unless `directed`. `min_confidence` keeps events whose coder confidence (0-1) reaches it;
    0 keeps all."""

    actor: str | None = None
    source: str | None = None
    target: str | None = None
    dyad: tuple[str, str] | None = None
    directed: bool = False
    code: str | None = None
    root: str | None = None
    quad_class: int | None = None
    modalities: tuple[str, ...] = COUNTED_MODALITIES
    since: str | None = None
    until: str | None = None
    place: str | None = None
    cluster: str | None = None
    article: str | None = None
    min_confidence: float = 0.0

    def __post_init__(self):
        _check_confidence(self.min_confidence)


def _check_confidence(value: float) -> None:
    # written as a range test so that NaN, which compares false to everything, is refused too
    if not 0 <= value <= 1:
        raise ValueError(f"min_confidence must lie between 0 and 1, not {value!r}")


def counted_conditions(min_confidence: float) -> list:
    """The conditions under which corpus statistics count an event: asserted, confident enough."""
    _check_confidence(min_confidence)
    conditions = [EVENTS.c.modality.in_(COUNTED_MODALITIES)]
    if min_confidence:
        conditions.append(EVENTS.c.confidence >= min_confidence)
    return conditions


def _starts_with(column, prefix: str):
    """A prefix test as a range, so that an index serves it (SQLite's LIKE would not)."""
    return and_(column >= prefix, column < prefix + "\U0010ffff")


def _actor_matches(side: str, actor: str):
    entity = schema.entities.alias(f"{side}_entity")
    by_entity = select(entity.c.id).where(or_(entity.c.kb_id == actor, entity.c.name == actor))
    return or_(
        _starts_with(EVENTS.c[f"{side}_actor_code"], actor.upper()),
        EVENTS.c[f"{side}_country"] == actor.upper(),
        EVENTS.c[f"{side}_name"] == actor,
        EVENTS.c[f"{side}_entity_id"].in_(by_entity),
    )


def _date_filter(since: str | None, until: str | None):
    """Dates of month or year precision overlap a bound that lies inside them."""
    conditions = []
    column = EVENTS.c.date
    if since:
        conditions.append(or_(column >= since, literal(since).startswith(column)))
    if until:
        conditions.append(or_(column <= until, column.startswith(until)))
    return and_(*conditions) if conditions else None


def events_query(flt: EventFilter) -> Select:
    conditions = []
    if flt.actor:
        conditions.append(or_(_actor_matches("source", flt.actor), _actor_matches("target", flt.actor)))
    if flt.source:
        conditions.append(_actor_matches("source", flt.source))
    if flt.target:
        conditions.append(_actor_matches("target", flt.target))
    if flt.dyad:
        a, b = flt.dyad
        forward = and_(_actor_matches("source", a), _actor_matches("target", b))
        backward = and_(_actor_matches("source", b), _actor_matches("target", a))
        conditions.append(forward if flt.directed else or_(forward, backward))
    if flt.code:
        conditions.append(EVENTS.c.code.startswith(flt.code, autoescape=True))
    if flt.root:
        conditions.append(EVENTS.c.root == flt.root.zfill(2))
    if flt.quad_class:
        conditions.append(EVENTS.c.quad_class == flt.quad_class)
    if flt.modalities:
        conditions.append(EVENTS.c.modality.in_(flt.modalities))
    dates = _date_filter(flt.since, flt.until)
    if dates is not None:
        conditions.append(dates)
    if flt.place:
        conditions.append(EVENTS.c.place_name == flt.place)
    if flt.cluster:
        members = schema.cluster_events
        conditions.append(
            EVENTS.c.id.in_(select(members.c.event_id).where(members.c.cluster_id == flt.cluster))
        )
    if flt.article:
        conditions.append(EVENTS.c.article_id == flt.article)
    if flt.min_confidence:
        conditions.append(EVENTS.c.confidence >= flt.min_confidence)
    ev = schema.evidence
    return (
        select(
            EVENTS.c.id, EVENTS.c.date, EVENTS.c.code, EVENTS.c.label, EVENTS.c.modality,
            EVENTS.c.source_name, EVENTS.c.source_actor_code,
            EVENTS.c.target_name, EVENTS.c.target_actor_code,
            EVENTS.c.goldstein, EVENTS.c.quad_class, EVENTS.c.place_name,
            EVENTS.c.place_lat, EVENTS.c.place_lon, EVENTS.c.confidence,
            EVENTS.c.article_id, ev.c.text.label("evidence"),
            ev.c.start.label("evidence_start"), ev.c.end.label("evidence_end"),
        )
        .join(ev, ev.c.event_id == EVENTS.c.id)
        .where(*conditions)
        .order_by(EVENTS.c.date.asc().nulls_last(), EVENTS.c.id)
    )  # fmt: skip


def count_events(store: Store, flt: EventFilter) -> int:
    with store.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(events_query(flt).subquery())).scalar_one()


def find_events(store: Store, flt: EventFilter, limit: int = 100, offset: int = 0) -> list[dict]:
    return fetch_rows(store, events_query(flt).limit(limit).offset(offset))


def find_quotes(
    store: Store, speaker: str | None = None, text: str | None = None, limit: int = 100, offset: int = 0
) -> list[dict]:
    q, ent, art = schema.quotes, schema.entities, schema.articles
    query = (
        select(q.c.id, art.c.date, q.c.kind, q.c.speaker_name, ent.c.kb_id.label("speaker_kb_id"),
               q.c.cue, q.c.text, q.c.article_id)
        .join(art, art.c.id == q.c.article_id)
        .outerjoin(ent, ent.c.id == q.c.speaker_entity_id)
        .order_by(art.c.date.asc().nulls_last(), q.c.id)
        .limit(limit).offset(offset)
    )  # fmt: skip
    if speaker:
        query = query.where(
            or_(
                q.c.speaker_name.icontains(speaker, autoescape=True),
                ent.c.kb_id == speaker,
                ent.c.name == speaker,
            )
        )
    if text:
        query = query.where(q.c.text.icontains(text, autoescape=True))
    return fetch_rows(store, query)


def find_articles(
    store: Store, text: str | None = None, since: str | None = None, until: str | None = None,
    limit: int = 100, offset: int = 0, source: str | None = None, language: str | None = None,
    actor: str | None = None,
) -> list[dict]:  # fmt: skip
    """Articles by words in title or text, date range, outlet, language or an actor they mention."""
    a = schema.articles
    query = (
        select(a.c.id, a.c.date, a.c.language, a.c.source, a.c.title, a.c.url)
        .order_by(a.c.date.asc().nulls_last(), a.c.id).limit(limit).offset(offset)
    )  # fmt: skip
    if text:
        query = query.where(
            or_(a.c.title.icontains(text, autoescape=True), a.c.text.icontains(text, autoescape=True))
        )
    if since:
        query = query.where(or_(a.c.date >= since, literal(since).startswith(a.c.date)))
    if until:
        query = query.where(or_(a.c.date <= until, a.c.date.startswith(until)))
    if source:
        query = query.where(a.c.source == source)
    if language:
        query = query.where(a.c.language == language)
    if actor:
        e = schema.entities
        mentioning = select(e.c.article_id).where(
            or_(e.c.kb_id == actor, e.c.name == actor, e.c.actor_code == actor, e.c.country == actor)
        )
        query = query.where(a.c.id.in_(mentioning))
    return fetch_rows(store, query)


def top_actors(store: Store, limit: int = 10) -> list[dict]:
    e, m = schema.entities, schema.mentions
    name = e.c.name
    query = (
        select(name, e.c.type, func.max(e.c.actor_code).label("actor_code"),
               func.count(func.distinct(e.c.article_id)).label("articles"),
               func.count(m.c.start).label("mentions"))
        .join(m, m.c.entity_id == e.c.id)
        .group_by(name, e.c.type)
        .order_by(desc("mentions"), name)
        .limit(limit)
    )  # fmt: skip
    return fetch_rows(store, query)


def events_by_root(store: Store, min_confidence: float = 0.0) -> list[dict]:
    query = (
        select(EVENTS.c.root, func.count().label("events"))
        .where(*counted_conditions(min_confidence))
        .group_by(EVENTS.c.root).order_by(EVENTS.c.root)
    )  # fmt: skip
    return fetch_rows(store, query)


def top_dyads(store: Store, limit: int = 10, min_confidence: float = 0.0) -> list[dict]:
    source = func.coalesce(EVENTS.c.source_actor_code, EVENTS.c.source_name)
    target = func.coalesce(EVENTS.c.target_actor_code, EVENTS.c.target_name)
    query = (
        select(source.label("source"), target.label("target"), func.count().label("events"),
               func.sum(EVENTS.c.goldstein).label("goldstein"))
        .where(*counted_conditions(min_confidence), source.is_not(None), target.is_not(None))
        .group_by(source, target)
        .order_by(desc("events"), source, target)
        .limit(limit)
    )  # fmt: skip
    return fetch_rows(store, query)


def fetch_rows(store: Store, query: Select) -> list[dict]:
    with store.engine.connect() as conn:
        return [row._asdict() for row in conn.execute(query)]


def find_clusters(
    store: Store, actor: str | None = None, root: str | None = None, min_sources: int = 1,
    limit: int = 100, offset: int = 0,
) -> list[dict]:  # fmt: skip
    """Event clusters (one per real-world event) with their number of independent sources."""
    c = schema.event_clusters
    query = (
        select(c.c.id, c.c.date, c.c.code, c.c.label, c.c.source, c.c.target, c.c.place_name,
               c.c.events, c.c.sources)
        .where(c.c.sources >= min_sources)
        .order_by(desc(c.c.sources), c.c.date, c.c.id).limit(limit).offset(offset)
    )  # fmt: skip
    if actor:
        query = query.where(or_(c.c.source == actor.upper(), c.c.target == actor.upper()))
    if root:
        query = query.where(c.c.root == root.zfill(2))
    return fetch_rows(store, query)


def cluster_evidence(store: Store, cluster_id: str) -> list[dict]:
    m, e, ev, a = schema.cluster_events, schema.events, schema.evidence, schema.articles
    query = (
        select(e.c.id, a.c.id.label("article_id"), a.c.source, a.c.date, a.c.duplicate_of, ev.c.text)
        .select_from(m.join(e, e.c.id == m.c.event_id))
        .join(ev, ev.c.event_id == e.c.id).join(a, a.c.id == e.c.article_id)
        .where(m.c.cluster_id == cluster_id).order_by(a.c.date, e.c.id)
    )  # fmt: skip
    return fetch_rows(store, query)
