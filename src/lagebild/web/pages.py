"""Dashboard pages, rendered on the server with Jinja2 (autoescaped: article text cannot inject markup)."""

from __future__ import annotations

from importlib import resources

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from lagebild.store import actors as actor_reads
from lagebild.store.queries import EventFilter, find_articles, find_clusters, find_events, find_quotes
from lagebild.web.charts import monthly_chart
from lagebild.web.highlight import segments
from lagebild.web.worldmap import VIEWBOX, event_points, world_map

router = APIRouter(default_response_class=HTMLResponse, include_in_schema=False)
templates = Jinja2Templates(directory=str(resources.files("lagebild.web") / "templates"))


def _render(request: Request, name: str, **context) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context)


@router.get("/")
def search(request: Request, q: str | None = None):
    store = request.app.state.store
    q = (q or "").strip()[:200] or None
    return _render(
        request, "search.html", q=q,
        articles=find_articles(store, q, limit=50),
        actors=actor_reads.search_actors(store, q, limit=20),
        clusters=[] if q else find_clusters(store, min_sources=2, limit=10),
    )  # fmt: skip


@router.get("/articles/{article_id}")
def article(request: Request, article_id: str):
    analysis = request.app.state.store.analysis(article_id)
    if analysis is None:
        raise HTTPException(404, f"no article {article_id!r}")
    return _render(request, "article.html", a=analysis, segments=segments(analysis))


@router.get("/actors/{key:path}")
def actor(request: Request, key: str):
    store = request.app.state.store
    profile = actor_reads.actor_profile(store, key)
    if profile is None:
        raise HTTPException(404, f"no actor {key!r}")
    return _render(
        request, "actor.html", actor=profile,
        chart=monthly_chart(actor_reads.actor_timeline(store, key)),
        partners=actor_reads.actor_partners(store, key),
        events=actor_reads.actor_events(store, key, limit=100),
        quotes=find_quotes(store, key, None, limit=50),
    )  # fmt: skip


@router.get("/dyads/{first}/{second}")
def dyad(request: Request, first: str, second: str):
    store = request.app.state.store
    return _render(
        request, "dyad.html", first=first, second=second,
        chart=monthly_chart(actor_reads.dyad_monthly(store, first, second)),
        events=find_events(store, EventFilter(dyad=(first, second)), limit=200),
    )  # fmt: skip


@router.get("/quotes")
def quotes(request: Request, speaker: str | None = None, q: str | None = None):
    store = request.app.state.store
    return _render(
        request, "quotes.html", speaker=speaker, q=q, quotes=find_quotes(store, speaker, q, limit=200)
    )


@router.get("/map")
def event_map(request: Request):
    events = find_events(request.app.state.store, EventFilter(), limit=5000)
    return _render(request, "map.html", map=world_map(), viewbox=VIEWBOX, points=event_points(events))
