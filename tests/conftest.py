from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from lagebild.store import open_store
from lagebild.store.schema import metadata

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED_ARTICLE = SHARED / "seeds" / "seed-article-de.txt"
PG_URL = os.environ.get("LAGEBILD_TEST_PG_URL")


def _postgres_url() -> str:
    if PG_URL:
        return PG_URL
    if os.environ.get("CI"):
        pytest.fail("LAGEBILD_TEST_PG_URL is not set: CI must run the PostgreSQL tests (.ci/run)")
    pytest.skip("set LAGEBILD_TEST_PG_URL to run the PostgreSQL tests")


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path) -> str:
    """A fresh, empty database of each kind."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'lagebild.db'}"
    url = _postgres_url()
    engine = create_engine(url)
    metadata.drop_all(engine)
    engine.dispose()
    return url


@pytest.fixture
def store(db_url):
    store = open_store(db_url)
    yield store
    store.engine.dispose()


@pytest.fixture
def seed_article() -> Path:
    if not SEED_ARTICLE.is_file():
        pytest.fail(f"the seed article is missing: {SEED_ARTICLE}")
    return SEED_ARTICLE
