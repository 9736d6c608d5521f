"""The JSON/CSV API under /api. Every list takes `limit`, `offset` and `format` (json or csv)."""

from __future__ import annotations

import csv
import io
from typing import Annotated, Literal

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import Response

from lagebild.records import ISO_DATE_PATTERN, Analysis, Modality
from lagebild.store import Store
from lagebild.store import actors as actor_reads
from lagebild.store.queries import (
    EventFilter,
    cluster_evidence,
    find_articles,
    find_clusters,
    find_events,
    find_quotes,
)

router = APIRouter(prefix="/api")
# lists answer JSON, or CSV with format=csv
LISTS = {"responses": {200: {"content": {"application/json": {}, "text/csv": {}}}}}
ONE = {"responses": {404: {"description": "No such record"}}}
# a path key no route can match (a line break in an actor key) is answered 404 by the router itself
KEYED = {"responses": {404: {"description": "No route for this key"}}}
KEYED_LISTS = {"responses": {**LISTS["responses"], **KEYED["responses"]}}
Limit = Annotated[int, Query(ge=1, le=1000)]
Offset = Annotated[int, Query(ge=0, le=10_000_000)]
Format = Literal["json", "csv"]
IsoDate = Annotated[str | None, Query(pattern=ISO_DATE_PATTERN)]
Text = Annotated[str | None, Query(max_length=200)]
MinConfidence = Annotated[
    float,
    Query(ge=0, le=1, description="Only events whose coder confidence is at least this (0-1); 0 keeps all."),
]


def _store(request: Request) -> Store:
    return request.app.state.store


def _page(items: list[dict], limit: int, offset: int, fmt: str):
    if fmt == "csv":
        out = io.StringIO()
        if items:
            writer = csv.DictWriter(out, fieldnames=list(items[0]), lineterminator="\n")
            writer.writeheader()
            writer.writerows(items)
        return Response(out.getvalue(), media_type="text/csv; charset=utf-8")
    return {"items": items, "limit": limit, "offset": offset, "count": len(items)}


@router.get("/articles", **LISTS)
def articles(request: Request, q: Text = None, since: IsoDate = None, until: IsoDate = None,
             source: Text = None, language: Literal["de", "en", "other"] | None = None, actor: Text = None,
             limit: Limit = 50, offset: Offset = 0, format: Format = "json"):  # fmt: skip
    """Articles: full-text search in title and text, filters by date, source, language and actor."""
    items = find_articles(_store(request), q, since, until, limit, offset, source, language, actor)
    return _page(items, limit, offset, format)


@router.get("/articles/{article_id}", response_model=Analysis, response_model_by_alias=True, **ONE)
def article(request: Request, article_id: str):
    """One article with all its records (lagebild/1)."""
    analysis = _store(request).analysis(article_id)
    if analysis is None:
        raise HTTPException(404, f"no article {article_id!r}")
    return analysis


@router.get("/actors", **LISTS)
def actors(request: Request, q: Text = None, limit: Limit = 50, offset: Offset = 0, format: Format = "json"):
    """Actors (entities grouped by knowledge-base id, else by name), most mentioned first."""
    return _page(actor_reads.search_actors(_store(request), q, limit, offset), limit, offset, format)


@router.get("/actors/{key:path}/timeline", **KEYED)
def actor_timeline(request: Request, key: str, min_confidence: MinConfidence = 0.0):
    """Asserted events involving the actor, per month: cooperation, conflict, Goldstein sum."""
    return {"key": key, "months": actor_reads.actor_timeline(_store(request), key, min_confidence)}


@router.get("/actors/{key:path}/events", **KEYED_LISTS)
def actor_events(
    request: Request, key: str, min_confidence: MinConfidence = 0.0, limit: Limit = 100, offset: Offset = 0,
    format: Format = "json",
):  # fmt: skip
    events = actor_reads.actor_events(_store(request), key, limit, offset, min_confidence)
    return _page(events, limit, offset, format)


@router.get("/actors/{key:path}/quotes", **KEYED_LISTS)
def actor_quotes(request: Request, key: str, limit: Limit = 100, offset: Offset = 0, format: Format = "json"):
    return _page(find_quotes(_store(request), key, None, limit, offset), limit, offset, format)


# After the sub-resources: a key may contain "/" (Bündnis 90/Die Grünen), and the first match wins.
@router.get("/actors/{key:path}", **ONE)
def actor(request: Request, key: str, min_confidence: MinConfidence = 0.0):
    """An actor's profile: names, codes, role history by article date, top partners (counted over the
    events that reach `min_confidence`)."""
    profile = actor_reads.actor_profile(_store(request), key)
    if profile is None:
        raise HTTPException(404, f"no actor {key!r}")
    partners = actor_reads.actor_partners(_store(request), key, min_confidence=min_confidence)
    return profile | {"partners": partners}


@router.get("/events", **LISTS)
def events(request: Request, actor: Text = None, source: Text = None, target: Text = None,
           code: Annotated[str | None, Query(pattern=r"^\d{2,4}$")] = None,
           root: Annotated[str | None, Query(pattern=r"^\d{1,2}$")] = None,
           quad_class: Annotated[int | None, Query(ge=1, le=4)] = None,
           modality: Annotated[list[Modality] | None, Query()] = None,
           since: IsoDate = None, until: IsoDate = None, place: Text = None, cluster: Text = None,
           min_confidence: MinConfidence = 0.0, limit: Limit = 100, offset: Offset = 0,
           format: Format = "json"):  # fmt: skip
    """Events with evidence. Only asserted events unless `modality` asks for others. `actor` matches
    either side, `source` and `target` one side each (both: a directed dyad). `min_confidence` drops
    events the coder is less sure of."""
    flt = EventFilter(
        actor=actor, source=source, target=target, code=code,
        root=root, quad_class=quad_class, modalities=tuple(modality or ("asserted",)), since=since,
        until=until, place=place, cluster=cluster, min_confidence=min_confidence,
    )  # fmt: skip
    return _page(find_events(_store(request), flt, limit, offset), limit, offset, format)


@router.get("/dyads/{first}/{second}", **KEYED)
def dyad(request: Request, first: str, second: str, min_confidence: MinConfidence = 0.0):
    """Asserted events between two actors, either direction, by month: cooperation vs conflict."""
    months = actor_reads.dyad_monthly(_store(request), first, second, min_confidence)
    return {"actors": [first, second], "months": months}


@router.get("/dyads/{first}/{second}/events", **KEYED_LISTS)
def dyad_events(request: Request, first: str, second: str, min_confidence: MinConfidence = 0.0,
                limit: Limit = 100, offset: Offset = 0, format: Format = "json"):  # fmt: skip
    flt = EventFilter(dyad=(first, second), min_confidence=min_confidence)
    return _page(find_events(_store(request), flt, limit, offset), limit, offset, format)


@router.get("/quotes", **LISTS)
def quotes(request: Request, speaker: Text = None, q: Text = None, limit: Limit = 100, offset: Offset = 0,
           format: Format = "json"):  # fmt: skip
    """Quotations by speaker (name, KB id) and by words in the quote."""
    return _page(find_quotes(_store(request), speaker, q, limit, offset), limit, offset, format)


@router.get("/clusters", **LISTS)
def clusters(request: Request, actor: Text = None, root: Annotated[str | None, Query(pattern=r"^\d{1,2}$")] = None,
             min_sources: Annotated[int, Query(ge=1, le=1_000_000)] = 1, limit: Limit = 100, offset: Offset = 0,
             format: Format = "json"):  # fmt: skip
    """Real-world events with the number of independent sources that report them."""
    items = find_clusters(_store(request), actor, root, min_sources, limit, offset)
    return _page(items, limit, offset, format)


@router.get("/clusters/{cluster_id}", **ONE)
def cluster(request: Request, cluster_id: str):
    """The reports (articles and evidence sentences) of one event cluster."""
    reports = cluster_evidence(_store(request), cluster_id)
    if not reports:
        raise HTTPException(404, f"no cluster {cluster_id!r}")
    return {"id": cluster_id, "reports": reports}
