"""Exports of real pipeline output: `python benchmarks/bench_export.py [--db URL]`.

Without --db, our sample corpus (src/lagebild/samples, 20 German + 5 English articles) is ingested
into a temporary SQLite database first. Every format is then exported (asserted events, as the
command's default) and checked against the others: the same number of events in CSV, JSON Lines,
Parquet and GDELT, 61 fields on every GDELT line, unique GLOBALEVENTIDs, one PLOVER line per event
with a PLOVER category. It reports how many GDELT rows have each filled column group and the time
each export took.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import tempfile
import time
from pathlib import Path

import pyarrow.parquet as pq

from lagebild.batch import ingest
from lagebild.cli.ingest import sample_corpus
from lagebild.export import FILE_WRITERS, TEXT_WRITERS, export_rows
from lagebild.export.gdelt import COLUMNS
from lagebild.ingest import read_inputs
from lagebild.store import open_store
from lagebild.store.queries import EventFilter


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="database to export (default: the sample corpus, ingested now)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db_url = args.db or f"sqlite:///{Path(tmp) / 'samples.db'}"
        store = open_store(db_url)
        if not args.db:
            report = ingest(read_inputs(sample_corpus()), store)
            print(f"ingested {report.stored} sample articles, {len(report.errors)} errors")
        flt = EventFilter()
        outputs, seconds = {}, {}
        for fmt, writer in TEXT_WRITERS.items():
            buffer = io.StringIO()
            started = time.perf_counter()
            writer(export_rows(store, flt), buffer)
            seconds[fmt] = time.perf_counter() - started
            outputs[fmt] = buffer.getvalue()
        parquet = Path(tmp) / "events.parquet"
        started = time.perf_counter()
        FILE_WRITERS["parquet"](export_rows(store, flt), parquet)
        seconds["parquet"] = time.perf_counter() - started

        rows = [json.loads(line) for line in outputs["jsonl"].splitlines()]
        csv_rows = list(csv.DictReader(io.StringIO(outputs["csv"])))
        gdelt = [dict(zip(COLUMNS, line.split("\t"), strict=True)) for line in outputs["gdelt"].splitlines()]
        plover = outputs["plover"].splitlines()
        counts = {"jsonl": len(rows), "csv": len(csv_rows), "parquet": pq.read_table(parquet).num_rows,
                  "gdelt": len(gdelt)}  # fmt: skip
        print(f"asserted events: {counts}")
        print(f"all formats agree: {len(set(counts.values())) == 1}")
        print(f"GDELT lines with 61 fields: {len(gdelt)} of {len(outputs['gdelt'].splitlines())}")
        print(f"unique GLOBALEVENTIDs: {len({g['GLOBALEVENTID'] for g in gdelt})}")
        with_plover = sum(1 for r in rows if r["plover"])
        print(f"PLOVER lines: {len(plover)} (events with a PLOVER category: {with_plover})")
        n = len(gdelt) or 1
        for label, column in (
            ("SQLDATE (day-precise date)", "SQLDATE"), ("MonthYear", "MonthYear"),
            ("Actor1Code", "Actor1Code"), ("Actor2Code", "Actor2Code"), ("Actor1Type1Code", "Actor1Type1Code"),
            ("ActionGeo_FullName", "ActionGeo_FullName"), ("ActionGeo_CountryCode (FIPS)", "ActionGeo_CountryCode"),
            ("ActionGeo_Lat/Long", "ActionGeo_Lat"), ("SOURCEURL", "SOURCEURL"),
        ):  # fmt: skip
            filled = sum(1 for g in gdelt if g[column])
            print(f"  GDELT {label}: {filled} of {len(gdelt)} ({filled / n:.0%})")
        reported = sum(1 for g in gdelt if g["NumArticles"] not in ("", "1"))
        print(f"  GDELT rows reported by more than one article (NumArticles > 1): {reported}")
        print("seconds per export: " + ", ".join(f"{fmt} {s:.3f}" for fmt, s in seconds.items()))


if __name__ == "__main__":
    main()
