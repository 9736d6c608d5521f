import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from lagebild.ingest import feeds
from lagebild.store import open_store, schema
from lagebild.store.fetched import has_fetched, mark_fetched
from lagebild.watch import poll

WEB = Path(__file__).parent / "fixtures" / "web"
CONTENT_TYPES = {".rss": "application/rss+xml", ".atom": "application/atom+xml", ".html": "text/html"}


class FixtureServer(ThreadingHTTPServer):
    """Serves tests/fixtures/web with feed links pointed at itself, and counts every request."""

    daemon_threads = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), FixtureHandler)
        self.base = f"http://127.0.0.1:{self.server_address[1]}"
        self.requests: Counter[str] = Counter()


class FixtureHandler(BaseHTTPRequestHandler):
    server: FixtureServer

    def do_GET(self):
        self.server.requests[self.path] += 1
        if self.path == "/fehler.rss":
            self._send(500, "text/plain", b"interner Fehler")
        elif self.path == "/wartung.rss":
            # a misconfigured server: a maintenance page labelled as a feed
            body = b"<html><body><p>Wartungsarbeiten bis 6 Uhr.</p></body></html>"
            self._send(200, "application/rss+xml", body)
        elif self.path == "/tropfen.rss":
            # a byte every 0.2 s: each read is quick, the whole answer never comes
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.end_headers()
            for _ in range(100):
                self.wfile.write(b" ")
                self.wfile.flush()
                time.sleep(0.2)
        elif self.path == "/riesig.rss":
            self._send(200, "application/rss+xml", b"<rss>" + b" " * 200_000 + b"</rss>")
        elif self.path == "/langsam.rss":
            time.sleep(2)
            self._send(200, "application/rss+xml", (WEB / "rheinblatt.rss").read_bytes())
        elif (WEB / self.path.lstrip("/")).is_file():
            file = WEB / self.path.lstrip("/")
            body = file.read_bytes()
            if file.suffix != ".html":
                body = body.replace(b"{base}", self.server.base.encode())
            self._send(200, CONTENT_TYPES[file.suffix], body)
        else:
            self._send(404, "text/html", b"<html><body><h1>Seite nicht gefunden</h1></body></html>")

    def _send(self, status: int, content_type: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    server = FixtureServer()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def closed_port_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/feed.rss"


def watch_once(db_path: Path, *feeds: str) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "lagebild", "watch", *feeds, "--once", "--db", f"sqlite:///{db_path}"]
    return subprocess.run(command, capture_output=True, text=True, timeout=600)


def stored(db_path: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db_path) as conn:
        return conn.execute(sql).fetchall()


def test_watch_stores_new_articles_survives_bad_feeds_and_never_refetches(server, tmp_path):
    db = tmp_path / "watch.db"
    down = closed_port_url()
    feeds = [f"{server.base}/rheinblatt.rss", f"{server.base}/suedkurier.atom",
             f"{server.base}/kaputt.rss", f"{server.base}/fehler.rss", f"{server.base}/wartung.rss",
             down]  # fmt: skip

    first = watch_once(db, *feeds)

    assert first.returncode == 1, first.stderr
    b = server.base
    assert first.stderr.splitlines() == [
        f"error: {b}/geloescht.html: page unavailable: HTTP 404",
        f"error: {b}/nur-navigation.html: no article text found in the page (navigation or boilerplate only)",
        f"error: {b}/kaputt.rss: malformed feed: <unknown>:4:4: not well-formed (invalid token)",
        f"error: {b}/fehler.rss: feed unavailable: HTTP 500",
        f"error: {b}/wartung.rss: not an RSS or Atom feed",
        f"error: {down}: feed unreachable: ConnectError: [Errno 111] Connection refused",
        "6 feeds, 6 items, 5 pages fetched, 3 stored, 0 already stored, 6 errors",
    ]
    assert stored(db, "SELECT title, date, source, url FROM articles ORDER BY date") == [
        ("Koalition einigt sich nach langem Streit auf den Haushalt", "2024-03-14", "Rheinblatt",
         f"{b}/haushalt.html"),
        ("Gespräche über Waffenruhe in Genf fortgesetzt", "2024-03-15", "Südkurier am Abend",
         f"{b}/genf-latin1.html"),
        ("Gewerkschaft ruft zu Warnstreik auf", "2024-03-16", "Rheinblatt", f"{b}/streik.html"),
    ]  # fmt: skip
    (genf_text,) = stored(db, "SELECT text FROM articles WHERE url LIKE '%genf%'")[0]
    assert genf_text.startswith("Außenministerin Annalena Baerbock ist am Freitag in Genf")
    (haushalt_text,) = stored(db, "SELECT text FROM articles WHERE url LIKE '%haushalt%'")[0]
    assert "Startseite" not in haushalt_text and "Leser123" not in haushalt_text
    assert stored(db, "SELECT url, status FROM fetched_urls ORDER BY url") == sorted([
        (f"{b}/haushalt.html", "stored"), (f"{b}/streik.html", "stored"),
        (f"{b}/genf-latin1.html", "stored"),
        (f"{b}/geloescht.html", "page unavailable: HTTP 404"),
        (f"{b}/nur-navigation.html", "no article text found in the page (navigation or boilerplate only)"),
    ])  # fmt: skip
    # the page linked from both feeds was requested once
    assert server.requests["/haushalt.html"] == 1
    pages_after_first = {path: n for path, n in server.requests.items() if path.endswith(".html")}
    assert sum(pages_after_first.values()) == 5

    second = watch_once(db, *feeds)

    assert second.stderr.splitlines()[-1] == (
        "6 feeds, 6 items, 0 pages fetched, 0 stored, 0 already stored, 4 errors"
    )
    assert {path: n for path, n in server.requests.items() if path.endswith(".html")} == pages_after_first
    assert server.requests["/rheinblatt.rss"] == 2
    assert stored(db, "SELECT count(*) FROM articles") == [(3,)]


def test_a_feed_that_times_out_costs_one_error_and_the_poll_goes_on(server, tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 'slow.db'}")
    with httpx.Client(timeout=0.5) as client:
        report = poll([f"{server.base}/langsam.rss", f"{server.base}/suedkurier.atom"], store, client)
    assert [str(e) for e in report.errors] == [f"{server.base}/langsam.rss: feed unreachable: timed out"]
    assert (report.feeds, report.items, report.fetched, report.stored) == (2, 2, 2, 2)
    assert store.count("articles") == 2


def test_watch_rejects_a_bad_interval(tmp_path):
    command = [sys.executable, "-m", "lagebild", "watch", "http://127.0.0.1:9/x.rss", "--every", "15 minutes"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "use a number with s, m or h: 30s, 15m, 1h" in result.stderr


def test_a_fetched_url_is_remembered_with_its_first_outcome(store):
    url = "https://rheinblatt.example/politik/haushalt.html"
    assert not has_fetched(store, url)
    mark_fetched(store, url, "stored")
    mark_fetched(store, url, "page unavailable: HTTP 500")
    assert has_fetched(store, url)
    assert not has_fetched(store, url + "?seite=2")
    with store.engine.connect() as conn:
        rows = conn.execute(schema.fetched_urls.select()).mappings().all()
    assert [(r["url"], r["status"]) for r in rows] == [(url, "stored")]
    assert rows[0]["fetched_at"].endswith("+00:00")


def test_downloads_are_bounded_in_time_and_size(server, tmp_path, monkeypatch):
    monkeypatch.setattr(feeds, "DOWNLOAD_SECONDS", 1.0)
    monkeypatch.setattr(feeds, "MAX_FEED_BYTES", 100_000)
    store = open_store(f"sqlite:///{tmp_path / 'bounded.db'}")
    with httpx.Client(timeout=5) as client:
        started = time.monotonic()
        report = poll([f"{server.base}/tropfen.rss", f"{server.base}/riesig.rss"], store, client)
    assert time.monotonic() - started < 10
    assert [str(e) for e in report.errors] == [
        f"{server.base}/tropfen.rss: feed unreachable: timed out",
        f"{server.base}/riesig.rss: feed too large: more than 100,000 bytes",
    ]
