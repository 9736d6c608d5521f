"""Place geocoding, end to end from raw text: `python benchmarks/bench_places.py`.

Gold: benchmarks/gold/places.jsonl, one text per line: `id`, `lang`, `date`, `text`, `mentions` (every
place mention: `start`, `end`, `text`, `category` in country/city/feature/border/adjective/ambiguous,
`expected` with `geonames` (or null), `country`, `feature`, `lat`, `lon`, for borders `partner`).
A gold mention is right when the pipeline put a place on exactly that span and the place has the
expected GeoNames id, or (no id in the gold) the expected feature and lies within the radius of the
expected point (50 km; borders, regions, seas 150 km). A missing mention is wrong. Spans must match
exactly, except that a city adjective may sit inside the entity that carries the place (NER's
"Genfer Gipfeltreffen", the actor stage's "die Moskauer Botschaft"). Precision: the share of output places that sit on a gold span.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from lagebild.geo.resolve import distance_km
from lagebild.pipeline import get_pipeline

GOLD = Path(__file__).parent / "gold" / "places.jsonl"
RADIUS_KM = {"border": 150, "region": 150, "sea": 150, "strait": 150, "ocean": 500, "continent": 500}


def predicted_places(
    text: str, lang: str, date: str | None, without_ner: bool
) -> dict[tuple[int, int], object]:
    nlp = get_pipeline(lang)
    doc = nlp.make_doc(text)
    doc._.language, doc._.article_date = lang, date
    with nlp.select_pipes(disable=["ner"] if without_ner and "ner" in nlp.pipe_names else []):
        doc = nlp(doc)
    return {(e.start_char, e.end_char): e._.place for e in doc.ents if e._.place is not None}


def _matching_span(mention: dict, predicted: dict) -> tuple[int, int]:
    """The predicted span for a gold mention: the same span, or for a city adjective an entity that
    contains it (NER's "Genfer Gipfeltreffen" keeps its span and carries the place)."""
    span = (mention["start"], mention["end"])
    if span not in predicted and mention["category"] == "adjective":
        return next((s for s in predicted if s[0] <= mention["start"] and mention["end"] <= s[1]), span)
    return span


def is_right(expected: dict, place) -> bool:
    if place is None:
        return False
    if expected.get("geonames") is not None:
        return place.geonames == expected["geonames"]
    if place.feature != expected["feature"]:
        return False
    if expected["feature"] == "border" and place.country != expected["country"]:
        return False
    km = distance_km(place.lat, place.lon, expected["lat"], expected["lon"])
    return km <= RADIUS_KM.get(expected["feature"], 50)


def main() -> None:
    parser = argparse.ArgumentParser(description="Score place geocoding against the gold set.")
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--errors", action="store_true", help="print every wrong, missing or spurious place")
    parser.add_argument(
        "--without-ner", action="store_true", help="switch the trained NER off: context rules only"
    )
    args = parser.parse_args()
    right, total, spurious, output = Counter(), Counter(), 0, 0
    for line in args.gold.open(encoding="utf-8"):
        item = json.loads(line)
        predicted = predicted_places(item["text"], item["lang"], item["date"], args.without_ner)
        gold_spans = {_matching_span(m, predicted) for m in item["mentions"]}
        for m in item["mentions"]:
            span = _matching_span(m, predicted)
            place = predicted.get(span)
            ok = is_right(m["expected"], place)
            for key in ("all", m["category"], item["lang"]):
                total[key] += 1
                right[key] += ok
            if not ok and args.errors:
                got = f"{place.name}/{place.feature}/{place.geonames}" if place else "missing"
                print(f"wrong {item['id']} {m['text']!r}: {got}, expected {m['expected']}")
        output += len(predicted)
        for span, place in predicted.items():
            if span not in gold_spans:
                spurious += 1
                if args.errors:
                    print(f"spurious {item['id']} {item['text'][span[0] : span[1]]!r}: {place.name}")
    print(
        f"accuracy (right place, missing = wrong): {right['all'] / total['all']:.3f} ({right['all']}/{total['all']})"
    )
    print(f"precision of place output: {(output - spurious) / output:.3f} ({output - spurious}/{output})")
    for key in ("country", "city", "feature", "border", "adjective", "ambiguous", "de", "en"):
        if total[key]:
            print(f"  {key:10s} {right[key] / total[key]:.3f} ({right[key]}/{total[key]})")


if __name__ == "__main__":
    main()
