"""`min_confidence`: one threshold on the coder's confidence, honoured by every event query, statistic
(actor timelines, partners and monthly dyads too) and export, on the command line and in the HTTP API;
the default keeps every event."""

import csv
import io
import math

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from lagebild.analysis import content_hash
from lagebild.cli import cli
from lagebild.export import export_rows
from lagebild.store.actors import actor_partners, actor_timeline, dyad_monthly
from lagebild.store.queries import EventFilter, count_events, events_by_root, find_events, top_dyads
from lagebild.web import create_app
from tests.factories import TEXT, expulsion_article

# the asserted expulsion of each article gets its own confidence; the hypothetical event keeps 0.6
CONFIDENCES = {"sure": 0.9, "middling": 0.5, "doubtful": 0.1}


def _article(article_id: str, confidence: float, date: str):
    analysis = expulsion_article(article_id, date=date, text=TEXT.replace("vier", article_id))
    expel, close = analysis.events
    return analysis.model_copy(
        update={"events": [expel.model_copy(update={"confidence": confidence}), close]}
    )


@pytest.fixture
def filled(store):
    for day, (article_id, confidence) in enumerate(CONFIDENCES.items(), start=1):
        analysis = _article(article_id, confidence, f"2022-04-0{day}")
        store.add(analysis, content_hash(analysis.article.text))
    return store


def _ids(store, **kwargs) -> list[str]:
    return [row["id"] for row in find_events(store, EventFilter(**kwargs))]


def test_the_threshold_keeps_events_at_or_above_it(filled):
    assert _ids(filled) == ["sure:v1", "middling:v1", "doubtful:v1"]  # the default keeps all
    assert _ids(filled, min_confidence=0.5) == ["sure:v1", "middling:v1"]  # the bound itself is kept
    assert _ids(filled, min_confidence=0.51) == ["sure:v1"]
    assert _ids(filled, min_confidence=1) == []
    # combined with the other filters, not instead of them
    assert _ids(filled, min_confidence=0.5, since="2022-04-02") == ["middling:v1"]
    assert sorted(_ids(filled, min_confidence=0.55, modalities=("hypothetical",))) == [
        "doubtful:v2", "middling:v2", "sure:v2",
    ]  # fmt: skip
    assert _ids(filled, min_confidence=0.7, modalities=("hypothetical",)) == []


def test_counts_and_statistics_follow_the_threshold(filled):
    assert count_events(filled, EventFilter()) == 3
    assert count_events(filled, EventFilter(min_confidence=0.3)) == 2
    assert events_by_root(filled) == [{"root": "16", "events": 3}]
    assert events_by_root(filled, min_confidence=0.3) == [{"root": "16", "events": 2}]
    assert events_by_root(filled, min_confidence=0.95) == []
    assert top_dyads(filled) == [{"source": "DEU", "target": "RUS", "events": 3, "goldstein": -12.0}]
    assert top_dyads(filled, min_confidence=0.3) == [
        {"source": "DEU", "target": "RUS", "events": 2, "goldstein": -8.0}
    ]


def test_the_export_takes_the_same_threshold(filled):
    rows = list(export_rows(filled, EventFilter(min_confidence=0.3)))
    assert [(row["event_id"], row["confidence"]) for row in rows] == [("sure:v1", 0.9), ("middling:v1", 0.5)]


@pytest.mark.parametrize("bad", [-1, 2, -0.01, 1.5, math.nan])
def test_a_threshold_outside_0_to_1_is_refused(filled, bad):
    with pytest.raises(ValueError, match="min_confidence must lie between 0 and 1"):
        EventFilter(min_confidence=bad)
    with pytest.raises(ValueError, match="min_confidence must lie between 0 and 1"):
        top_dyads(filled, min_confidence=bad)


def _run(*args):
    return CliRunner().invoke(cli, [str(arg) for arg in args])


def test_the_command_line_option_filters_queries_and_exports(filled, tmp_path):
    url = str(filled.engine.url.render_as_string(hide_password=False))
    result = _run("query", "events", "--db", url, "--min-confidence", "0.3", "--format", "csv")
    assert result.exit_code == 0, result.output
    assert [row["id"] for row in csv.DictReader(io.StringIO(result.output))] == ["sure:v1", "middling:v1"]

    out = tmp_path / "events.jsonl"
    result = _run("export", "--format", "jsonl", "--out", out, "--db", url, "--min-confidence", "0.8")
    assert result.exit_code == 0, result.output
    assert len(out.read_text().splitlines()) == 1
    result = _run("export", "--format", "jsonl", "--out", out, "--db", url)
    assert len(out.read_text().splitlines()) == 3  # no option: every asserted event, as before


@pytest.mark.parametrize("bad", ["-1", "2", "abc", "nan"])
def test_the_command_line_refuses_a_bad_threshold(filled, bad):
    url = str(filled.engine.url.render_as_string(hide_password=False))
    for command in (["query", "events"], ["export", "--format", "jsonl"]):
        result = _run(*command, "--db", url, "--min-confidence", bad)
        assert result.exit_code == 2
        assert "Invalid value for '--min-confidence'" in result.output


def _api(store) -> TestClient:
    return TestClient(create_app(store.engine.url.render_as_string(hide_password=False)))


@pytest.fixture
def client(filled):
    with _api(filled) as client:
        yield client


def test_the_api_filters_events_dyad_events_and_actor_events(client):
    def ids(path, **params):
        response = client.get(path, params=params)
        assert response.status_code == 200, response.text
        return [item["id"] for item in response.json()["items"]]

    assert ids("/api/events") == ["sure:v1", "middling:v1", "doubtful:v1"]
    assert ids("/api/events", min_confidence=0.5) == ["sure:v1", "middling:v1"]
    assert ids("/api/events", min_confidence=0.5, root="16", actor="RUS") == ["sure:v1", "middling:v1"]
    assert ids("/api/dyads/DEU/RUS/events", min_confidence=0.8) == ["sure:v1"]
    assert ids("/api/dyads/DEU/RUS/events") == ["sure:v1", "middling:v1", "doubtful:v1"]
    assert ids("/api/actors/RUS/events", min_confidence=0.5) == ["sure:v1", "middling:v1"]
    assert ids("/api/actors/RUS/events") == ["sure:v1", "middling:v1", "doubtful:v1"]


@pytest.mark.parametrize("bad", ["-1", "2", "abc", "nan"])
def test_the_api_answers_a_bad_threshold_with_422(client, bad):
    for path in (
        "/api/events",
        "/api/dyads/DEU/RUS/events",
        "/api/actors/RUS/events",
        "/api/actors/RUS/timeline",
        "/api/actors/RUS",
        "/api/dyads/DEU/RUS",
    ):
        response = client.get(path, params={"min_confidence": bad})
        assert response.status_code == 422, (path, bad)
        assert response.json()["detail"][0]["loc"] == ["query", "min_confidence"]


def test_the_openapi_document_states_the_range(client):
    parameters = client.get("/openapi.json").json()["paths"]["/api/events"]["get"]["parameters"]
    (param,) = [p for p in parameters if p["name"] == "min_confidence"]
    assert param["schema"]["minimum"] == 0
    assert param["schema"]["maximum"] == 1
    assert param["schema"]["default"] == 0
    assert "confidence" in param["description"]


# Actor timelines, partners and monthly dyads: one asserted expulsion a month, each with its own confidence
MONTHLY = {"march": ("2022-03-15", 0.9), "april": ("2022-04-15", 0.5), "may": ("2022-05-15", 0.1)}


@pytest.fixture
def by_month(store):
    for article_id, (date, confidence) in MONTHLY.items():
        analysis = _article(article_id, confidence, date)
        store.add(analysis, content_hash(analysis.article.text))
    return store


def _months(rows: list[dict]) -> list[tuple[str, int]]:
    return [(row["month"], row["events"]) for row in rows]


def test_actor_timelines_partners_and_dyads_follow_the_threshold(by_month):
    every_month = [("2022-03", 1), ("2022-04", 1), ("2022-05", 1)]
    assert _months(actor_timeline(by_month, "RUS")) == every_month  # the default keeps all
    assert _months(actor_timeline(by_month, "RUS", min_confidence=0.5)) == every_month[:2]
    assert _months(actor_timeline(by_month, "DEU", min_confidence=0.51)) == every_month[:1]
    assert actor_timeline(by_month, "RUS", min_confidence=1) == []
    assert actor_partners(by_month, "DEU") == [{"partner": "RUS", "events": 3, "goldstein": -12.0}]
    assert actor_partners(by_month, "DEU", min_confidence=0.3) == [
        {"partner": "RUS", "events": 2, "goldstein": -8.0}
    ]
    assert actor_partners(by_month, "DEU", min_confidence=0.95) == []
    assert _months(dyad_monthly(by_month, "RUS", "DEU")) == every_month
    assert _months(dyad_monthly(by_month, "RUS", "DEU", min_confidence=0.3)) == every_month[:2]


@pytest.mark.parametrize("bad", [-0.5, 1.01, math.nan])
def test_actor_statistics_refuse_a_threshold_outside_0_to_1(by_month, bad):
    for read in (
        lambda: actor_timeline(by_month, "RUS", min_confidence=bad),
        lambda: actor_partners(by_month, "RUS", min_confidence=bad),
        lambda: dyad_monthly(by_month, "RUS", "DEU", min_confidence=bad),
    ):
        with pytest.raises(ValueError, match="min_confidence must lie between 0 and 1"):
            read()


@pytest.fixture
def monthly_client(by_month):
    with _api(by_month) as client:
        yield client


def test_the_api_filters_timelines_partners_and_dyad_months(monthly_client):
    def get(path, **params):
        response = monthly_client.get(path, params=params)
        assert response.status_code == 200, response.text
        return response.json()

    assert len(get("/api/actors/RUS/timeline")["months"]) == 3
    assert [m["month"] for m in get("/api/actors/RUS/timeline", min_confidence=0.5)["months"]] == [
        "2022-03", "2022-04",
    ]  # fmt: skip
    assert get("/api/actors/DEU")["partners"][0]["events"] == 3
    assert get("/api/actors/DEU", min_confidence=0.8)["partners"] == [
        {"partner": "RUS", "events": 1, "goldstein": -4.0}
    ]
    assert len(get("/api/dyads/DEU/RUS")["months"]) == 3
    assert [m["month"] for m in get("/api/dyads/DEU/RUS", min_confidence=0.8)["months"]] == ["2022-03"]
