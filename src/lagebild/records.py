"""The record model: every record lagebild produces, and its JSON form `lagebild/1`.

This module is the single definition. The shipped JSON Schema
(`schema/lagebild-1.schema.json`) is generated from it (`lagebild schema`), the store maps
it to tables, and every output is one `Analysis`.
"""

from __future__ import annotations

import json
import re
from datetime import date
from importlib import resources
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_ID = "lagebild/1"

ISO_DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"
IsoDate = Annotated[
    str,
    Field(
        pattern=ISO_DATE_PATTERN,
        description="ISO 8601 calendar date, at year, month or day precision.",
    ),
]
Offset = Annotated[int, Field(ge=0, description="Character offset into the article text.")]
SentenceIndex = Annotated[int, Field(ge=0, description="Index into `sentences`.")]

EntityType = Literal["PER", "ORG", "LOC", "MISC"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
TimexMod = Literal[
    "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS",
    "EQUAL_OR_MORE", "START", "MID", "END", "APPROX",
]  # fmt: skip
QuoteKind = Literal["direct", "indirect"]
Modality = Literal["asserted", "negated", "future", "hypothetical"]


def is_iso_date(value: str) -> bool:
    """True for a real calendar date at year, month or day precision (`2024-02-30` is not)."""
    if not re.fullmatch(ISO_DATE_PATTERN, value):
        return False
    year, month, day = (int(part) for part in (value + "-01-01").split("-")[:3])
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def day_of(value: str | None) -> date | None:
    """The calendar day of an `IsoDate`, or None when it is only a year or a month."""
    return date.fromisoformat(value) if value and len(value) == 10 else None


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Article(Record):
    id: str = Field(min_length=1)
    title: str | None = None
    date: IsoDate | None = Field(None, description="Publication date; anchors time expressions.")
    language: Literal["de", "en", "other"]
    source: str | None = Field(None, description="Outlet or feed that published the article.")
    url: str | None = None
    text: str


class Sentence(Record):
    index: SentenceIndex
    start: Offset
    end: Offset
    text: str


class Mention(Record):
    text: str
    start: Offset
    end: Offset
    sentence: SentenceIndex


class Entity(Record):
    id: str = Field(pattern=r"^e\d+$", description="Unique within the article: `e1`, `e2`, …")
    name: str = Field(description="Canonical name (the KB name where resolved).")
    type: EntityType
    country: str | None = Field(None, pattern=r"^[A-Z]{3}$", description="ISO 3166 alpha-3.")
    actor_code: str | None = Field(None, description="CAMEO-style actor code, e.g. `RUSGOV`.")
    kb_id: str | None = Field(None, description="Id in lagebild's actor knowledge base.")
    wikidata: str | None = Field(None, pattern=r"^Q\d+$")
    role: str | None = Field(
        None, description="The person's role at the article date, e.g. `foreign minister`."
    )
    lat: float | None = Field(None, ge=-90, le=90)
    lon: float | None = Field(None, ge=-180, le=180)
    feature: str | None = Field(
        None, description="Kind of place: `country`, `city`, `sea`, `strait`, `border`, …"
    )
    geonames: int | None = Field(None, description="GeoNames id of the place.")
    mentions: list[Mention] = Field(min_length=1)


class Timex(Record):
    text: str
    start: Offset
    end: Offset
    sentence: SentenceIndex
    type: TimexType
    value: str | None = Field(None, description="TIMEX3 value, e.g. `2021-10`, `P2D`, `XXXX-WXX-2`.")
    mod: TimexMod | None = Field(None, description="TIMEX3 modifier.")


class Quote(Record):
    kind: QuoteKind
    text: str
    start: Offset
    end: Offset
    sentence: SentenceIndex
    speaker: str | None = Field(None, description="Entity id of the speaker.")
    speaker_name: str | None = None
    cue: str | None = Field(None, description="The speech verb or phrase, e.g. `sagte`.")


class Evidence(Record):
    sentence: SentenceIndex
    text: str = Field(description="The sentence the record was read from.")
    start: Offset
    end: Offset


class EventActor(Record):
    entity: str | None = Field(None, description="Entity id.")
    name: str
    actor_code: str | None = None
    country: str | None = Field(None, pattern=r"^[A-Z]{3}$")


class EventPlace(Record):
    entity: str | None = None
    name: str
    lat: float | None = Field(None, ge=-90, le=90)
    lon: float | None = Field(None, ge=-180, le=180)


class Event(Record):
    id: str = Field(pattern=r"^v\d+$", description="Unique within the article: `v1`, `v2`, …")
    code: str = Field(pattern=r"^\d{3,4}$", description="CAMEO event code.")
    root: str = Field(pattern=r"^\d{2}$", description="CAMEO root code (01-20).")
    label: str
    plover: str | None = Field(None, description="PLOVER event category.")
    goldstein: float = Field(ge=-10, le=10)
    quad_class: Literal[1, 2, 3, 4] = Field(
        description="1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict."
    )
    source: EventActor | None = None
    target: EventActor | None = None
    modality: Modality
    date: IsoDate | None = None
    place: EventPlace | None = None
    confidence: float = Field(ge=0, le=1)
    evidence: Evidence


class PipelineInfo(Record):
    name: str = Field(description="Pipeline that produced the records, e.g. `lagebild-de`.")
    version: str
    components: list[str] = Field(description="The spaCy components that ran, in order.")


class Analysis(Record):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    schema_id: Literal["lagebild/1"] = Field(SCHEMA_ID, alias="schema")
    article: Article
    pipeline: PipelineInfo
    sentences: list[Sentence]
    entities: list[Entity] = []
    timexes: list[Timex] = []
    quotes: list[Quote] = []
    events: list[Event] = []

    def to_json(self, indent: int | None = None) -> str:
        return self.model_dump_json(by_alias=True, indent=indent)


def json_schema() -> dict:
    """The JSON Schema of one `Analysis`, as shipped in `schema/lagebild-1.schema.json`."""
    schema = Analysis.model_json_schema(by_alias=True)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://lagebild.org/schema/lagebild-1.schema.json",
        **schema,
        "title": SCHEMA_ID,
    }


def shipped_json_schema() -> dict:
    text = resources.files("lagebild").joinpath("schema/lagebild-1.schema.json").read_text()
    return json.loads(text)
