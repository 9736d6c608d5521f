"""WARC reading, and the Spark job: the same pages through Spark into Parquet and `lagebild load` into
a database give exactly the rows `lagebild ingest` gives. Select these tests with `-m spark`."""

from __future__ import annotations

import io
import json
import os
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from sqlalchemy import select
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from lagebild.batch import ingest
from lagebild.ingest import ArticleInput, InputError, read_inputs
from lagebild.ingest.warc import read_warc
from lagebild.spark.load import load_tables
from lagebild.store import open_store
from lagebild.store.schema import metadata

pytestmark = pytest.mark.spark

PAGES = Path(__file__).parent / "fixtures" / "warc"
SAMPLES = Path(__file__).resolve().parents[1] / "src" / "lagebild" / "samples" / "corpus-de.jsonl"
CRAWL_DATE = "2024-03-13T06:00:00Z"
SITE = "https://nachrichten.example/"


def _record(writer: WARCWriter, url: str, kind: str, body: bytes, content_type: str | None = None):
    http = None
    if kind == "response":
        http = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
    elif kind == "request":
        http = StatusAndHeaders("GET / HTTP/1.1", [("Host", "nachrichten.example")], is_http_request=True)
    record = writer.create_warc_record(
        url, kind, payload=io.BytesIO(body), http_headers=http, warc_headers_dict={"WARC-Date": CRAWL_DATE}
    )
    writer.write_record(record)


def write_crawl(path: Path) -> Path:
    """A CC-NEWS-like crawl: per page a request and an HTML response, plus records to skip."""
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=path.name.endswith(".gz"))
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "lagebild tests"}))
        for name in ("hafen-streik", "foerdergeld-ungarn", "hafen-streik-nachdruck"):
            html = (PAGES / f"{name}.html").read_bytes()
            content_type = "text/html; charset=utf-8"
            if name == "foerdergeld-ungarn":
                # only the HTTP header tells the encoding (the page's own meta tag is wrong)
                html = html.decode("utf-8").encode("iso-8859-1")
                content_type = "text/html; charset=ISO-8859-1"
            _record(writer, SITE + name, "request", b"")
            _record(writer, SITE + name, "response", html, content_type)
        _record(writer, SITE + "logo.png", "response", b"\x89PNG\r\n\x1a\n", "image/png")
        _record(writer, SITE + "feed.xml", "response", b"<rss version='2.0'></rss>", "application/rss+xml")
    return path


# --- WARC reading ------------------------------------------------------------------------------


def test_warc_html_responses_become_articles(tmp_path):
    items = list(read_warc(write_crawl(tmp_path / "crawl.warc.gz")))
    assert all(isinstance(item, ArticleInput) for item in items)
    assert [item.url for item in items] == [
        SITE + "hafen-streik", SITE + "foerdergeld-ungarn", SITE + "hafen-streik-nachdruck"
    ]  # fmt: skip
    strike, funds, reprint = items
    assert strike.title == "Hafenarbeiter in Hamburg legen die Arbeit nieder"
    assert strike.date == "2024-03-12"  # the page's own date
    assert strike.source == "Nordkurier Beispiel"
    assert strike.text.startswith("Im Hamburger Hafen haben am Dienstag mehrere tausend Beschäftigte")
    assert "Impressum" not in strike.text and "Startseite" not in strike.text
    assert funds.date == "2024-03-13"  # no date on the page: the crawl date
    assert "Europäische Kommission" in funds.text and "Orbán" in funds.text  # decoded as ISO-8859-1
    assert reprint.origin.endswith("crawl.warc.gz#7")


def test_warc_is_read_by_read_inputs(tmp_path):
    write_crawl(tmp_path / "crawl.warc.gz")
    write_crawl(tmp_path / "plain.warc")
    (tmp_path / "crawl.warc.gz.md5").write_text("not an input", encoding="utf-8")
    items = list(read_inputs([tmp_path]))
    assert [Path(item.origin.split("#")[0]).name for item in items] == ["crawl.warc.gz"] * 3 + [
        "plain.warc"
    ] * 3


@pytest.mark.parametrize("cut", [0.3, 0.6, 0.9])
def test_truncated_warc_keeps_what_was_read_and_reports_one_error(tmp_path, cut):
    whole = write_crawl(tmp_path / "whole.warc.gz").read_bytes()
    complete = list(read_warc(tmp_path / "whole.warc.gz"))
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(whole[: int(len(whole) * cut)])
    *articles, error = list(read_warc(path))
    assert isinstance(error, InputError) and error.origin == str(path)
    assert error.message.startswith("corrupt or truncated WARC after ")
    assert "\n" not in error.message
    assert [a.url for a in articles] == [a.url for a in complete[: len(articles)]]
    assert all(isinstance(a, ArticleInput) for a in articles)


def test_text_that_is_no_warc_is_an_error(tmp_path):
    path = tmp_path / "notes.warc"
    path.write_text("Einkaufsliste: Brot, Milch\n" * 5, encoding="utf-8")
    (error,) = read_warc(path)
    assert error.origin == str(path)
    assert error.message.startswith("corrupt or truncated WARC after 0 complete records: ")


# --- Spark -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def spark():
    pytest.importorskip("pyspark")
    from lagebild.spark.job import spark_session

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    small = {
        "spark.ui.enabled": "false",
        "spark.ui.showConsoleProgress": "false",
        "spark.sql.shuffle.partitions": "2",
        "spark.default.parallelism": "2",
    }
    session = spark_session("local[2]", "lagebild-tests", small)
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> list[Path]:
    """JSON Lines (with a repeated and a broken line), Parquet and a WARC, in this order."""
    folder = tmp_path_factory.mktemp("inputs")
    samples = SAMPLES.read_text(encoding="utf-8").splitlines()
    jsonl = folder / "agentur.jsonl"
    jsonl.write_text("\n".join([samples[0], samples[1], '{"id": "kaputt", "text": ', samples[0]]) + "\n")
    records = [json.loads(samples[2])]
    parquet = folder / "archiv.parquet"
    pq.write_table(pa.Table.from_pylist(records), parquet)
    # what `lagebild ingest` reads for the Parquet file: the same records as JSON Lines
    (folder / "archiv.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n")
    return [jsonl, parquet, write_crawl(folder / "crawl.warc.gz")]


@pytest.fixture(scope="module")
def spark_run(spark, inputs, tmp_path_factory):
    from lagebild.spark.job import run_job

    out = tmp_path_factory.mktemp("spark") / "out"
    report = run_job(spark, [str(p) for p in inputs], str(out), partitions=4)
    return out, report


@pytest.fixture(scope="module")
def ingested(inputs, tmp_path_factory) -> dict[str, list[tuple]]:
    """The tables `lagebild ingest` writes for the same articles."""
    jsonl, parquet, warc = inputs
    store = open_store(f"sqlite:///{tmp_path_factory.mktemp('ingest') / 'lagebild.db'}")
    report = ingest(read_inputs([jsonl, parquet.with_suffix(".jsonl"), warc]), store)
    assert (report.stored, report.skipped, len(report.errors)) == (6, 1, 1)
    return dump(store)


def dump(store) -> dict[str, list[tuple]]:
    """Every table of the database, rows sorted: the whole state, nothing left out."""
    with store.engine.connect() as conn:
        return {
            name: sorted((tuple(row) for row in conn.execute(select(table))), key=repr)
            for name, table in metadata.tables.items()
        }


def test_spark_job_reports_articles_errors_and_one_pipeline_per_worker(spark_run):
    out, report = spark_run
    assert (report.articles, report.skipped, report.near_duplicates) == (6, 1, 1)
    # two Python workers at most, each builds the German pipeline once, not once per article
    assert 1 <= report.pipelines_built <= 2
    errors = pq.read_table(out / "errors").to_pylist()
    assert len(errors) == report.errors == 1
    assert errors[0]["origin"].endswith("agentur.jsonl:3")
    assert errors[0]["message"].startswith("malformed JSON")


def test_spark_tables_have_the_database_columns(spark_run):
    out, _ = spark_run
    for name in ("articles", "sentences", "entities", "mentions", "timexes", "quotes", "events", "evidence"):
        assert pq.read_schema(next((out / name).glob("part-*.parquet"))).names == [
            c.name for c in metadata.tables[name].columns
        ]
    articles = pq.read_table(out / "articles").to_pylist()
    by_url = {a["url"]: a for a in articles}
    assert by_url[SITE + "hafen-streik-nachdruck"]["duplicate_of"] == by_url[SITE + "hafen-streik"]["id"]
    assert [a["id"] for a in articles][:3] == ["de-001", "de-002", "de-003"]  # input order


def test_spark_then_load_gives_the_rows_of_ingest(spark_run, ingested, db_url):
    out, _ = spark_run
    store = open_store(db_url)
    report = load_tables(str(out), store)
    assert (report.stored, report.skipped, report.errors, report.job_errors) == (6, 0, [], 1)
    loaded = dump(store)
    assert loaded == ingested
    assert len(loaded["events"]) > 0 and len(loaded["article_bands"]) == 6 * 16
    # loading again changes nothing
    again = load_tables(str(out), store)
    assert (again.stored, again.skipped) == (0, 6)
    assert dump(store) == ingested
    store.engine.dispose()
