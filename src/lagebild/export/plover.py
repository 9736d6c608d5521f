"""Events as PLOVER JSON Lines (the field names of the PLOVER manual's data-fields chapter, as
POLECAT uses them), with our evidence, factuality and CAMEO code added under names of our own.

Only events with a PLOVER category are written: PLOVER requires `event`, and CAMEO codes such as
"make public statement" have no PLOVER counterpart.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from lagebild import __version__
from lagebild.export.actor_codes import actor_types

CODER = f"lagebild {__version__}"
CODEBOOK = "CAMEO, mapped to PLOVER by the CAMEO2PLOVER table of 2021"
# PLOVER location "resolution": 1 country, 4 city
RESOLUTION = {"country": 1, "city": 4}


def write_plover(rows: Iterable[dict], out: TextIO) -> int:
    count = 0
    for row in rows:
        record = plover_record(row)
        if record is not None:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count


def plover_record(row: dict) -> dict | None:
    if not row["plover"]:
        return None
    return {
        "id": row["event_id"],
        "date": row["date"] or row["article_date"],
        "actor": _entities(row, "source"),
        "recipient": _entities(row, "target"),
        "event": [row["plover"]],
        "mode": [row["plover_mode"]] if row["plover_mode"] else [],
        "event_loc": _location(row),
        "event_text": [row["evidence"]],
        "text_info": {
            "sequence": row["evidence_sentence"],
            "start": row["evidence_start"],
            "end": row["evidence_end"],
        },
        "quad_code": row["quad_class"],
        "event_scale": row["goldstein"],
        "cite_info": {
            "citation": row["article_id"],
            "url": row["article_url"],
            "title": row["article_title"],
            "date": row["article_date"],
            "language": row["article_language"],
            "publication": row["article_source"],
            "codebook": CODEBOOK,
        },
        "coder": CODER,
        # ours: PLOVER has no field for these
        "cameo": {"code": row["code"], "label": row["label"], "goldstein": row["goldstein"]},
        "factuality": row["modality"],
        "confidence": row["confidence"],
        "num_sources": row["cluster_sources"] or 1,
    }


def _entities(row: dict, side: str) -> list[dict]:
    name = row[f"{side}_name"]
    if not name:
        return []
    types = actor_types(row[f"{side}_actor_code"])
    return [
        {
            "code": row[f"{side}_country"],
            "sector": types[0] if types else None,
            "secondary_sectors": types[1:],
            "entity_text": name,
            "identifier_id": row[f"{side}_kb_id"],
            "identifier_text": name,
            "cameo_code": row[f"{side}_actor_code"],
        }
    ]


def _location(row: dict) -> dict | None:
    if not row["place_name"]:
        return None
    return {
        "resolved_place": row["place_name"],
        "geonameid": row["place_geonames"],
        "lat": row["place_lat"],
        "lon": row["place_lon"],
        "country_code": row["place_country"],
        "resolution": RESOLUTION.get(row["place_feature"]),
        "feature": row["place_feature"],
    }
