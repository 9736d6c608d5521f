"""The record model in tabular form: one row dict per record, per table (`articles`, `entities`, …).

Row ids are the article id plus the record's id within the article. The store writes these rows; the
Spark job writes them as Parquet; `lagebild load` reads them back into records.
"""

from __future__ import annotations

import json

from lagebild.records import (
    Analysis,
    Article,
    Entity,
    Event,
    EventActor,
    EventPlace,
    Evidence,
    Mention,
    PipelineInfo,
    Quote,
    Sentence,
    Timex,
)


def global_id(article_id: str, local_id: str) -> str:
    return f"{article_id}:{local_id}"


def local_id(row_id: str | None) -> str | None:
    return row_id.rsplit(":", 1)[1] if row_id else None


def rows_from_analysis(analysis: Analysis, content_hash: str) -> dict[str, list[dict]]:
    article = analysis.article
    aid = article.id

    def gid(local: str | None) -> str | None:
        return global_id(aid, local) if local else None

    rows: dict[str, list[dict]] = {
        "articles": [
            {
                **article.model_dump(),
                "content_hash": content_hash,
                "pipeline": analysis.pipeline.model_dump_json(),
            }
        ],
        "sentences": [
            {"article_id": aid, "idx": s.index, "start": s.start, "end": s.end} for s in analysis.sentences
        ],
        "entities": [
            {"article_id": aid, **e.model_dump(exclude={"mentions"}), "id": gid(e.id)}
            for e in analysis.entities
        ],
        "mentions": [
            {"article_id": aid, "entity_id": gid(e.id), **m.model_dump()}
            for e in analysis.entities
            for m in e.mentions
        ],
        "timexes": [
            {"article_id": aid, "id": gid(f"t{n}"), **t.model_dump()}
            for n, t in enumerate(analysis.timexes, start=1)
        ],
        "quotes": [
            {
                "article_id": aid,
                "id": gid(f"q{n}"),
                **q.model_dump(exclude={"speaker"}),
                "speaker_entity_id": gid(q.speaker),
            }
            for n, q in enumerate(analysis.quotes, start=1)
        ],
        "events": [_event_row(aid, e) for e in analysis.events],
        "evidence": [
            {"event_id": gid(e.id), "article_id": aid, **e.evidence.model_dump()} for e in analysis.events
        ],
    }
    return rows


def _event_row(aid: str, event: Event) -> dict:
    row = {
        "article_id": aid,
        **event.model_dump(exclude={"source", "target", "place", "evidence"}),
        "id": global_id(aid, event.id),
    }
    for side in ("source", "target"):
        actor: EventActor | None = getattr(event, side)
        row[f"{side}_entity_id"] = global_id(aid, actor.entity) if actor and actor.entity else None
        row[f"{side}_name"] = actor.name if actor else None
        row[f"{side}_actor_code"] = actor.actor_code if actor else None
        row[f"{side}_country"] = actor.country if actor else None
    place = event.place
    row["place_entity_id"] = global_id(aid, place.entity) if place and place.entity else None
    row["place_name"] = place.name if place else None
    row["place_lat"] = place.lat if place else None
    row["place_lon"] = place.lon if place else None
    return row


def analysis_from_rows(tables: dict[str, list[dict]]) -> Analysis:
    article_row = tables["articles"][0]
    text = article_row["text"]
    mentions_by_entity: dict[str, list[Mention]] = {}
    for m in sorted(tables["mentions"], key=lambda r: r["start"]):
        mentions_by_entity.setdefault(m["entity_id"], []).append(
            Mention(text=m["text"], start=m["start"], end=m["end"], sentence=m["sentence"])
        )
    evidence = {r["event_id"]: r for r in tables["evidence"]}
    return Analysis(
        article=Article(**{k: article_row[k] for k in Article.model_fields}),
        pipeline=PipelineInfo(**json.loads(article_row["pipeline"])),
        sentences=[
            Sentence(index=r["idx"], start=r["start"], end=r["end"], text=text[r["start"] : r["end"]])
            for r in sorted(tables["sentences"], key=lambda r: r["idx"])
        ],
        entities=[
            Entity(
                **{k: r[k] for k in Entity.model_fields if k != "mentions"} | {"id": local_id(r["id"])},
                mentions=mentions_by_entity[r["id"]],
            )
            for r in sorted(tables["entities"], key=_numeric_local_id)
        ],
        timexes=[
            Timex(**{k: r[k] for k in Timex.model_fields})
            for r in sorted(tables["timexes"], key=_numeric_local_id)
        ],
        quotes=[
            Quote(
                **{k: r[k] for k in Quote.model_fields if k != "speaker"},
                speaker=local_id(r["speaker_entity_id"]),
            )
            for r in sorted(tables["quotes"], key=_numeric_local_id)
        ],
        events=[
            _event_from_row(r, evidence[r["id"]]) for r in sorted(tables["events"], key=_numeric_local_id)
        ],
    )


def _event_from_row(row: dict, evidence_row: dict) -> Event:
    actors = {}
    for side in ("source", "target"):
        actors[side] = (
            EventActor(
                entity=local_id(row[f"{side}_entity_id"]),
                name=row[f"{side}_name"],
                actor_code=row[f"{side}_actor_code"],
                country=row[f"{side}_country"],
            )
            if row[f"{side}_name"] is not None
            else None
        )
    place = (
        EventPlace(
            entity=local_id(row["place_entity_id"]),
            name=row["place_name"],
            lat=row["place_lat"],
            lon=row["place_lon"],
        )
        if row["place_name"] is not None
        else None
    )
    fields = {k: row[k] for k in Event.model_fields if k not in ("source", "target", "place", "evidence")}
    return Event(
        **fields | {"id": local_id(row["id"])},
        **actors,
        place=place,
        evidence=Evidence(**{k: evidence_row[k] for k in Evidence.model_fields}),
    )


def _numeric_local_id(row: dict) -> int:
    return int(local_id(row["id"]).lstrip("abcdefghijklmnopqrstuvwxyz"))
