"""Events in the GDELT 2.0 event table layout: 61 tab-separated columns, no header, as GDELT ships.

docs/exports.md says which columns are filled and from what; the others are left empty.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from datetime import date
from functools import cache
from importlib import resources
from typing import TextIO

from lagebild.export.actor_codes import actor_types
from lagebild.records import day_of

ACTOR_FIELDS = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                "Religion2Code", "Type1Code", "Type2Code", "Type3Code")  # fmt: skip
GEO_FIELDS = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor{n}{field}" for n in (1, 2) for field in ACTOR_FIELDS),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{prefix}Geo_{field}" for prefix in ("Actor1", "Actor2", "Action") for field in GEO_FIELDS),
    "DATEADDED", "SOURCEURL",
)  # fmt: skip
# GDELT's geographic resolution codes
GEO_COUNTRY, GEO_US_CITY, GEO_WORLD_CITY = 1, 3, 4


def write_gdelt(rows: Iterable[dict], out: TextIO) -> int:
    count = 0
    for row in rows:
        out.write("\t".join(_field(value) for value in gdelt_record(row).values()) + "\n")
        count += 1
    return count


def gdelt_record(row: dict) -> dict[str, str | int | float | None]:
    """One exported event row as GDELT's columns, in order (None = left empty)."""
    record: dict[str, str | int | float | None] = dict.fromkeys(COLUMNS)
    day = day_of(row["date"]) or (day_of(row["article_date"]) if not row["date"] else None)
    when = row["date"] or row["article_date"] or ""
    record.update(
        GLOBALEVENTID=global_event_id(row["event_id"]),
        SQLDATE=day.strftime("%Y%m%d") if day else None,
        MonthYear=when[:7].replace("-", "") if len(when) >= 7 else None,
        Year=when[:4] or None,
        FractionDate=f"{day.year + day.timetuple().tm_yday / _days_in_year(day.year):.4f}" if day else None,
        IsRootEvent=1 if row["evidence_sentence"] == 0 else 0,
        EventCode=row["code"],
        EventBaseCode=row["code"][:3],
        EventRootCode=row["root"],
        QuadClass=row["quad_class"],
        GoldsteinScale=f"{row['goldstein']:g}",
        NumMentions=row["cluster_events"] or 1,
        NumSources=row["cluster_sources"] or 1,
        NumArticles=row["cluster_articles"] or 1,
        DATEADDED=_date_added(row, day),
        SOURCEURL=row["article_url"] or row["article_source"],
    )
    for number, side in ((1, "source"), (2, "target")):
        code = row[f"{side}_actor_code"]
        types = actor_types(code)[:3]
        record[f"Actor{number}Code"] = code
        record[f"Actor{number}Name"] = row[f"{side}_name"]
        record[f"Actor{number}CountryCode"] = row[f"{side}_country"]
        for index, type_code in enumerate(types, start=1):
            record[f"Actor{number}Type{index}Code"] = type_code
    if row["place_name"]:
        record.update(_action_geo(row))
    return record


def global_event_id(event_id: str) -> int:
    """A stable positive integer for our event id, below 2**53 so JSON and JavaScript keep it exact."""
    return int.from_bytes(hashlib.sha256(event_id.encode()).digest()[:8], "big") >> 11


def _action_geo(row: dict) -> dict[str, str | int | None]:
    fips = fips_codes().get(row["place_country"] or "")
    geo_type = None
    if row["place_feature"] == "country":
        geo_type = GEO_COUNTRY
    elif row["place_feature"] == "city":
        geo_type = GEO_US_CITY if row["place_country"] == "USA" else GEO_WORLD_CITY
    has_point = row["place_lat"] is not None and row["place_lon"] is not None
    return {
        "ActionGeo_Type": geo_type,
        "ActionGeo_FullName": row["place_name"],
        "ActionGeo_CountryCode": fips,
        "ActionGeo_Lat": f"{row['place_lat']:.4f}" if has_point else None,
        "ActionGeo_Long": f"{row['place_lon']:.4f}" if has_point else None,
        # GDELT gives a country match its country code as feature id; GNS ids for other places we lack
        "ActionGeo_FeatureID": fips if geo_type == GEO_COUNTRY else None,
    }


@cache
def fips_codes() -> dict[str, str]:
    """ISO 3166 alpha-3 → FIPS 10-4, the country codes of GDELT's geography columns."""
    text = resources.files("lagebild.export").joinpath("fips.json").read_text(encoding="utf-8")
    return json.loads(text)


def _days_in_year(year: int) -> int:
    return 366 if date(year, 12, 31).timetuple().tm_yday == 366 else 365


def _date_added(row: dict, event_day: date | None) -> str | None:
    """GDELT's processing time; we keep none, so the article's publication day stands in."""
    day = day_of(row["article_date"]) or event_day
    return day.strftime("%Y%m%d000000") if day else None


def _field(value) -> str:
    if value is None:
        return ""
    # a tab or newline inside a field would shift every later column
    return " ".join(str(value).split()) if isinstance(value, str) else str(value)
