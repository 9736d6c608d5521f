"""The FastAPI application: the API under /api, dashboard pages, and static files from the package."""

from __future__ import annotations

from contextlib import asynccontextmanager
from importlib import resources

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from lagebild import __version__
from lagebild.store import open_store
from lagebild.web import api, pages


def create_app(db_url: str) -> FastAPI:
    store = open_store(db_url, readonly=True)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        store.engine.dispose()

    app = FastAPI(
        title="lagebild",
        version=__version__,
        description="The situation picture read from news: actors, events, quotes, with evidence.",
        lifespan=lifespan,
    )
    app.state.store = store
    app.include_router(api.router)
    app.include_router(pages.router)
    static = resources.files("lagebild.web") / "static"
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    return app
