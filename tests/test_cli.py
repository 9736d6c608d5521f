import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import jsonschema

from lagebild.records import shipped_json_schema

CLI = [sys.executable, "-m", "lagebild"]


def run(*args, **kwargs):
    return subprocess.run([*CLI, *map(str, args)], capture_output=True, text=True, timeout=600, **kwargs)


def test_analyze_seed_article_prints_valid_json(seed_article):
    result = run("analyze", seed_article, "--json")
    assert result.returncode == 0, result.stderr
    (line,) = result.stdout.splitlines()
    record = json.loads(line)
    jsonschema.validate(record, shipped_json_schema())
    assert record["article"]["date"] == "2021-10"
    assert record["article"]["language"] == "de"
    assert len(record["sentences"]) == 27
    assert record["sentences"][6]["text"] == "Ein neuer Tiefpunkt"


def test_analyze_reports_bad_items_and_goes_on(tmp_path, seed_article):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x00\x01\x02")
    result = run("analyze", empty, seed_article, binary, "--json")
    assert result.returncode == 1
    assert len(result.stdout.splitlines()) == 1
    assert result.stderr.splitlines() == [
        f"error: {empty}: empty input: no text",
        f"error: {binary}: binary data, not text (it contains NUL bytes)",
    ]


def test_analyze_date_option_overrides_and_is_checked(seed_article):
    result = run("analyze", seed_article, "--json", "--date", "2021-10-18")
    assert json.loads(result.stdout)["article"]["date"] == "2021-10-18"
    for wrong in ("18.10.2021", "2021-02-30"):
        result = run("analyze", seed_article, "--date", wrong)
        assert result.returncode == 2
        assert "use a real ISO date" in result.stderr


def test_ingest_is_idempotent_and_queryable(tmp_path, seed_article):
    db = f"sqlite:///{tmp_path / 'x.db'}"
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        json.dumps({"id": "n1", "title": "Treffen", "date": "2021-10-19", "source": "Agentur Demo",
                    "text": "Die Außenminister trafen sich in Brüssel."}) + "\n{oops\n",
        encoding="utf-8",
    )  # fmt: skip
    first = run("ingest", feed, seed_article, "--db", db)
    assert first.returncode == 1
    assert f"error: {feed}:2: malformed JSON at column 2" in first.stderr
    assert "2 stored, 0 already stored, 1 failed" in first.stderr
    second = run("ingest", feed, seed_article, "--db", db)
    assert "0 stored, 2 already stored, 1 failed" in second.stderr
    articles = json.loads(run("query", "articles", "--db", db, "--format", "json").stdout)
    assert [(a["id"], a["date"], a["source"]) for a in articles] == [
        (articles[0]["id"], "2021-10", None),
        ("n1", "2021-10-19", "Agentur Demo"),
    ]
    csv_out = run("query", "articles", "--db", db, "--format", "csv", "--text", "Außenminister trafen").stdout
    assert csv_out.splitlines()[0] == "id,date,language,source,title,url"
    assert csv_out.splitlines()[1].startswith("n1,2021-10-19,de,Agentur Demo,Treffen,")
    events = json.loads(run("query", "events", "--db", db, "--format", "json").stdout)
    assert events and {e["modality"] for e in events} == {"asserted"}  # the others are left out by default
    assert all(e["evidence"] and e["article_id"] in {"n1", articles[0]["id"]} for e in events)
    bad = run("query", "events", "--db", db, "--dyad", "RUS")
    assert bad.returncode == 2 and "two actors" in bad.stderr


def _write_corpus(path, n):
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            text = (
                f"Meldung {i}: Die Regierung in Berlin beriet am Dienstag über {i % 17 + 2} neue Vorschläge. "
                f"Der Sprecher sagte, man werde {i * 7 % 31 + 1} Fachleute nach Brüssel schicken.\n\n"
                f'Die Opposition kritisierte den Plan Nummer {i}. "Das reicht nicht", sagte sie.'
            )
            out.write(
                json.dumps({"id": f"m{i:04d}", "date": f"2022-{i % 12 + 1:02d}-15", "text": text}) + "\n"
            )


def _dump(db_path):
    with sqlite3.connect(db_path) as conn:
        tables = [
            r[0] for r in conn.execute("select name from sqlite_master where type='table' order by name")
        ]
        return {t: sorted(conn.execute(f'select * from "{t}"').fetchall(), key=repr) for t in tables}


def _articles(db_path) -> int:
    try:
        with sqlite3.connect(db_path, timeout=5) as conn:
            return conn.execute("select count(*) from articles").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def test_killed_ingest_resumes_to_the_same_database(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    _write_corpus(corpus, 1000)
    reference, resumed = tmp_path / "reference.db", tmp_path / "resumed.db"
    assert run("ingest", corpus, "--db", f"sqlite:///{reference}").returncode == 0

    process = subprocess.Popen([*CLI, "ingest", str(corpus), "--db", f"sqlite:///{resumed}"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    deadline = time.monotonic() + 300
    while _articles(resumed) < 500 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    stored_when_killed = _articles(resumed)
    assert 0 < stored_when_killed < 1000, "the ingest was not interrupted mid-batch"

    rerun = run("ingest", corpus, "--db", f"sqlite:///{resumed}")
    assert rerun.returncode == 0
    assert (
        f"{1000 - stored_when_killed} stored, {stored_when_killed} already stored, 0 failed" in rerun.stderr
    )
    assert _dump(resumed) == _dump(reference)


def test_demo_analyses_the_bundled_corpus(tmp_path):
    db = tmp_path / "demo.db"
    result = run("demo", "--db", f"sqlite:///{db}", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "25 stored, 0 already stored, 0 failed" in result.stdout
    assert "25 articles" in result.stdout
    for heading in ("Top actors", "Asserted events by CAMEO root", "Most active dyads", "Quotes"):
        assert heading in result.stdout
    with sqlite3.connect(db) as conn:
        languages = dict(conn.execute("select language, count(*) from articles group by language"))
    assert languages == {"de": 20, "en": 5}
    again = run("demo", "--db", f"sqlite:///{db}", cwd=tmp_path)
    assert "0 stored, 25 already stored, 0 failed" in again.stdout
