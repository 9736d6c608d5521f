"""Actor-centred reads: search, profile, timeline, partners, and dyad statistics by month."""

from __future__ import annotations

from sqlalchemy import and_, case, desc, func, or_, select

from lagebild.store import schema
from lagebild.store.database import Store
from lagebild.store.queries import EventFilter, counted_conditions, events_query, fetch_rows

ENT = schema.entities
EVENTS = schema.events
actor_key = func.coalesce(ENT.c.kb_id, ENT.c.name)


def _is_actor(key: str):
    """`actor_key == key`, written so that the indexes on kb_id and name serve it."""
    return or_(ENT.c.kb_id == key, and_(ENT.c.kb_id.is_(None), ENT.c.name == key))


def search_actors(store: Store, text: str | None = None, limit: int = 50, offset: int = 0) -> list[dict]:
    """Actors (entities grouped by KB id, else by name), most mentioned first."""
    m = schema.mentions
    query = (
        select(actor_key.label("key"), func.max(ENT.c.name).label("name"), func.max(ENT.c.type).label("type"),
               func.max(ENT.c.country).label("country"), func.max(ENT.c.actor_code).label("actor_code"),
               func.count(func.distinct(ENT.c.article_id)).label("articles"),
               func.count(m.c.start).label("mentions"))
        .join(m, m.c.entity_id == ENT.c.id)
        .group_by(actor_key)
        .order_by(desc("mentions"), actor_key)
        .limit(limit).offset(offset)
    )  # fmt: skip
    if text:
        query = query.where(
            or_(ENT.c.name.icontains(text, autoescape=True), ENT.c.kb_id.icontains(text, autoescape=True))
        )
    return fetch_rows(store, query)


def actor_profile(store: Store, key: str) -> dict | None:
    """The usual name, the codes as of the latest article, and the roles the articles gave the actor."""
    a = schema.articles
    joined = select(ENT, a.c.date).join(a, a.c.id == ENT.c.article_id).where(_is_actor(key))
    latest = fetch_rows(store, joined.order_by(a.c.date.desc(), a.c.id.desc()).limit(1))
    if not latest:
        return None
    articles = select(func.count(func.distinct(ENT.c.article_id))).where(_is_actor(key))
    roles = (
        select(ENT.c.role, func.min(a.c.date).label("since"), func.max(a.c.date).label("until"),
               func.count().label("mentions"))
        .join(a, a.c.id == ENT.c.article_id)
        .where(_is_actor(key), ENT.c.role.is_not(None))
        .group_by(ENT.c.role).order_by("since")
    )  # fmt: skip
    # the name most articles use (an English article may spell it differently)
    usual_name = (
        select(ENT.c.name)
        .where(_is_actor(key))
        .group_by(ENT.c.name)
        .order_by(desc(func.count()), ENT.c.name)
        .limit(1)
    )
    with store.engine.connect() as conn:
        article_count = conn.execute(articles).scalar_one()
        name = conn.execute(usual_name).scalar_one()
    row = latest[0]
    return {
        "key": key,
        "name": name,
        **{field: row[field] for field in ("type", "country", "actor_code", "kb_id", "wikidata")},
        "articles": article_count,
        "roles": fetch_rows(store, roles),
    }


def _actor_entity_ids(key: str):
    return select(ENT.c.id).where(_is_actor(key))


def _involving(key: str):
    ids = _actor_entity_ids(key)
    return or_(EVENTS.c.source_entity_id.in_(ids), EVENTS.c.target_entity_id.in_(ids))


def actor_events(
    store: Store, key: str, limit: int = 100, offset: int = 0, min_confidence: float = 0.0
) -> list[dict]:
    flt = EventFilter(min_confidence=min_confidence)
    query = events_query(flt).where(_involving(key)).limit(limit).offset(offset)
    return fetch_rows(store, query)


def _monthly(condition, min_confidence: float) -> list:
    month = func.substr(EVENTS.c.date, 1, 7)
    cooperation = EVENTS.c.quad_class.in_((1, 2))
    return (
        select(month.label("month"),
               func.count().label("events"),
               func.sum(case((cooperation, 1), else_=0)).label("cooperation"),
               func.sum(case((cooperation, 0), else_=1)).label("conflict"),
               func.sum(EVENTS.c.goldstein).label("goldstein"))
        .where(condition, *counted_conditions(min_confidence), EVENTS.c.date.is_not(None))
        .group_by(month).order_by(month)
    )  # fmt: skip


# The statistics below count asserted events whose confidence reaches `min_confidence` (0 keeps all),
# as the corpus statistics of queries.py do.


def actor_timeline(store: Store, key: str, min_confidence: float = 0.0) -> list[dict]:
    return fetch_rows(store, _monthly(_involving(key), min_confidence))


def actor_partners(store: Store, key: str, limit: int = 20, min_confidence: float = 0.0) -> list[dict]:
    ids = _actor_entity_ids(key)
    partner_name = case(
        (EVENTS.c.source_entity_id.in_(ids), func.coalesce(EVENTS.c.target_actor_code, EVENTS.c.target_name)),
        else_=func.coalesce(EVENTS.c.source_actor_code, EVENTS.c.source_name),
    )
    query = (
        select(partner_name.label("partner"), func.count().label("events"),
               func.sum(EVENTS.c.goldstein).label("goldstein"))
        .where(_involving(key), *counted_conditions(min_confidence), partner_name.is_not(None))
        .group_by(partner_name).order_by(desc("events"), partner_name).limit(limit)
    )  # fmt: skip
    return fetch_rows(store, query)


def dyad_monthly(store: Store, first: str, second: str, min_confidence: float = 0.0) -> list[dict]:
    """Events between two actors (codes, countries, KB ids or names), in either direction, by month."""
    flt = EventFilter(dyad=(first, second))
    dyad_ids = select(events_query(flt).subquery().c.id)
    return fetch_rows(store, _monthly(EVENTS.c.id.in_(dyad_ids), min_confidence))
