"""Property-based fuzzing of the HTTP API against its own OpenAPI document: no request, however odd,
may produce a server error or a response that contradicts the document."""

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from lagebild.analysis import content_hash
from lagebild.store import open_store
from lagebild.web import create_app
from tests.factories import expulsion_article


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('fuzz') / 'fuzz.db'}"
    store = open_store(url)
    analysis = expulsion_article()
    store.add(analysis, content_hash(analysis.article.text))
    return create_app(url)


schema = schemathesis.pytest.from_fixture("api_schema")


@pytest.fixture(scope="module")
def api_schema(app):
    return schemathesis.openapi.from_asgi("/openapi.json", app)


@schema.parametrize()
@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_never_fails(case):
    case.call_and_validate()
