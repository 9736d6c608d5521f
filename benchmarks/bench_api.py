"""API latency over a database of 100,000 synthetic events (20,000 articles × 5 events).

    python benchmarks/bench_api.py [--events 100000] [--repeat 30]

The database is built straight from records (no pipeline) into SQLite; each query runs `--repeat`
times in-process through FastAPI's test client (no network), and p50/p95 are reported.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import insert

from lagebild.events.codebook import codebook
from lagebild.records import (
    Analysis,
    Article,
    Entity,
    Event,
    EventActor,
    Evidence,
    Mention,
    PipelineInfo,
    Quote,
    Sentence,
)  # fmt: skip
from lagebild.store import open_store, schema
from lagebild.tabular import rows_from_analysis
from lagebild.web import create_app

COUNTRIES = ["RUS", "UKR", "USA", "DEU", "FRA", "POL", "LTU", "BLR", "CHN", "GBR", "TUR", "IRN", "ISR", "SYR",
             "JPN", "IND", "BRA", "ZAF", "EGY", "SAU", "ITA", "ESP", "NLD", "BEL", "SWE", "FIN", "NOR", "GEO",
             "ARM", "AZE", "KAZ", "SRB", "HUN", "ROU", "CZE", "SVK", "AUT", "CHE", "CAN", "MEX"]  # fmt: skip
WORDS = [
    "Regierung",
    "Außenminister",
    "Grenze",
    "Gespräche",
    "Sanktionen",
    "Truppen",
    "Abkommen",
    "Gipfel",
    "Botschaft",
    "Hafen",
]
MODALITIES = ["asserted"] * 7 + ["hypothetical", "negated", "future"]


def synthetic_article(n: int, rng: random.Random, codes: list[str]) -> Analysis:
    sentences, entities, events, quotes, text = [], [], [], [], ""
    for i in range(5):
        source, target = rng.sample(COUNTRIES, 2)
        sentence = f"{source} und {target}: {' '.join(rng.sample(WORDS, 6))} Meldung {n}-{i}."
        start = len(text)
        text += sentence + " "
        sentences.append(Sentence(index=i, start=start, end=start + len(sentence), text=sentence))
        for side, country in ((1, source), (2, target)):
            entities.append(Entity(id=f"e{2 * i + side}", name=country, type="LOC", country=country, actor_code=country,
                                   kb_id=country, mentions=[Mention(text=country, start=start if side == 1 else start + 8,
                                   end=(start if side == 1 else start + 8) + 3, sentence=i)]))  # fmt: skip
        code = rng.choice(codes)
        cameo = codebook()[code]
        events.append(Event(
            id=f"v{i}", code=code, root=cameo.root, label=cameo.label, plover=cameo.plover,
            goldstein=cameo.goldstein, quad_class=cameo.quad_class,
            source=EventActor(entity=f"e{2 * i + 1}", name=source, actor_code=source, country=source),
            target=EventActor(entity=f"e{2 * i + 2}", name=target, actor_code=target, country=target),
            modality=rng.choice(MODALITIES), date=f"{rng.randint(2020, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            confidence=0.8, evidence=Evidence(sentence=i, text=sentence, start=start, end=start + len(sentence)),
        ))  # fmt: skip
    quotes.append(Quote(kind="direct", text=sentences[0].text, start=0, end=sentences[0].end, sentence=0,
                        speaker="e1", speaker_name=entities[0].name, cue="sagte"))  # fmt: skip
    return Analysis(
        article=Article(id=f"syn-{n}", title=f"Meldung {n}", date=events[0].date, language="de", source="synthetic",
                        text=text.strip()),
        pipeline=PipelineInfo(name="synthetic", version="0", components=[]),
        sentences=sentences, entities=entities, timexes=[], quotes=quotes, events=events,
    )  # fmt: skip


def build(db_url: str, n_events: int) -> None:
    store = open_store(db_url)
    rng = random.Random(7)
    codes = [c for c in codebook() if len(c) >= 3]
    batch: dict[str, list[dict]] = {t.name: [] for t in schema.RECORD_TABLES}
    for n in range(n_events // 5):
        for table, rows in rows_from_analysis(synthetic_article(n, rng, codes), f"hash-{n}").items():
            batch[table].extend(rows)
    with store.engine.begin() as conn:
        for table in schema.RECORD_TABLES:
            for i in range(0, len(batch[table.name]), 5000):
                conn.execute(insert(table), batch[table.name][i : i + 5000])
    store.engine.dispose()


QUERIES = [
    "/api/events",
    "/api/events?source=RUS&target=UKR",
    "/api/events?actor=DEU&root=19&since=2023-01",
    "/api/events?quad_class=4&since=2024-06-01&until=2024-06-30",
    "/api/dyads/RUS/UKR",
    "/api/actors?q=RU",
    "/api/actors/RUS",
    "/api/actors/RUS/timeline",
    "/api/articles?q=Gipfel&limit=50",
    "/api/articles/syn-777",
    "/api/quotes?speaker=POL",
    "/api/clusters",
]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db_url = f"sqlite:///{Path(tmp) / 'bench.db'}"
        started = time.perf_counter()
        build(db_url, args.events)
        print(f"built {args.events:,} events in {time.perf_counter() - started:.0f} s")
        with TestClient(create_app(db_url)) as client:
            print(f"{'query':<62} {'p50 ms':>8} {'p95 ms':>8}")
            for url in QUERIES:
                assert client.get(url).status_code == 200, url
                timings = []
                for _ in range(args.repeat):
                    t0 = time.perf_counter()
                    client.get(url)
                    timings.append((time.perf_counter() - t0) * 1000)
                p95 = statistics.quantiles(timings, n=20)[-1]
                print(f"{url:<62} {statistics.median(timings):8.1f} {p95:8.1f}")


if __name__ == "__main__":
    main()
