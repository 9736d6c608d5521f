"""Throughput of the Spark job in local[1] and local[2] against the single-process `lagebild ingest`.

Input: the 1,028 articles of 10kGNAD's test split (../shared/data/news/10kGNAD-test.csv), written to
a temporary JSON Lines file (never into the repo). Every run is a fresh command, timed from start to
end, so each includes starting up and loading the models: what a user waits for.

    python benchmarks/bench_spark.py [--limit N] [--runs ingest local[1] local[2]]

The machine's load average and the CPU seconds the run used (all its processes) are printed beside\nevery figure: on shared cores the wall-clock figures move with the load.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpora import gnad_articles

RUNS = ("ingest", "local[1]", "local[2]")


def write_input(folder: Path, limit: int | None) -> tuple[Path, int]:
    texts = gnad_articles()[:limit]
    path = folder / "gnad-test.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for number, text in enumerate(texts, start=1):
            out.write(json.dumps({"id": f"gnad-{number:04d}", "text": text}, ensure_ascii=False) + "\n")
    return path, len(texts)


def command(run: str, source: Path, folder: Path) -> list[str]:
    lagebild = [sys.executable, "-m", "lagebild"]
    if run == "ingest":
        return [*lagebild, "ingest", str(source), "--db", f"sqlite:///{folder / 'ingest.db'}"]
    out = folder / f"spark-{run.removeprefix('local[').removesuffix(']')}"
    return [*lagebild, "spark", str(source), "--out", str(out), "--master", run]


def timed(cmd: list[str]) -> tuple[float, tuple[float, float]]:
    """Wall seconds, and the load average before and after."""
    env = os.environ | {"PYSPARK_PYTHON": sys.executable}
    load_before = os.getloadavg()[0]
    start = time.perf_counter()
    done = subprocess.run(cmd, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed:\n{done.stderr[-3000:]}")
    return seconds, (load_before, os.getloadavg()[0])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--runs", nargs="+", choices=RUNS, default=list(RUNS))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-spark-") as tmp:
        folder = Path(tmp)
        source, articles = write_input(folder, args.limit)
        print(f"{articles} articles, {os.cpu_count()} cores; load average = 1-minute, before → after")
        rates = {}
        for run in args.runs:
            seconds, (before, after) = timed(command(run, source, folder))
            rates[run] = articles / seconds
            print(
                f"{run:9} {seconds:7.1f} s  {rates[run]:6.2f} articles/s  load {before:.1f} → {after:.1f}",
                flush=True,
            )
        if "local[1]" in rates and "local[2]" in rates:
            print(f"local[2] / local[1] = {rates['local[2]'] / rates['local[1]']:.2f}x")
        if "ingest" in rates and "local[1]" in rates:
            print(f"local[1] / ingest   = {rates['local[1]'] / rates['ingest']:.2f}x")


if __name__ == "__main__":
    main()
