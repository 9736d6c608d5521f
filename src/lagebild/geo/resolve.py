"""Choose one place per mention: by the article's other places, then by prominence.

Score of a candidate = prior (self-evident names and countries first, then log population) + context
(the unambiguous places of the same article: nearby ones, and places in the same country). All
mentions of one name in an article get the same place (one sense per discourse).
"""

from __future__ import annotations

import math
from collections import Counter

from lagebild.geo.gazetteer import Candidate, Gazetteer, Place
from lagebild.geo.mentions import Mention

NEAR_KM = ((50, 3.0), (150, 2.0), (400, 1.0))  # distance to a context place -> bonus
SAME_COUNTRY_BONUS = 1.5
MAX_CONTEXT_BONUS = 4.0


def distance_km(a_lat: float, a_lon: float, b_lat: float, b_lon: float) -> float:
    p1, p2 = math.radians(a_lat), math.radians(b_lat)
    dp, dl = p2 - p1, math.radians(b_lon - a_lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


# Curated features (seas, rivers, regions) have no population; they count as this prominent, so
# "an der Elbe" is the river, not a village called Elbe.
CURATED_FEATURE_POPULATION = 1_000_000


def prior(candidate: Candidate) -> float:
    place = candidate.place
    score = {"A": 3.0, "B": 0.0, "N": -1.0}[candidate.tier]
    if place.feature in ("country", "continent"):
        score += 1.0  # an unqualified name that is also a country means the country
    population = CURATED_FEATURE_POPULATION if place.key.startswith("feature:") else place.population
    return score + math.log10(population + 10) / 2


def context_bonus(place: Place, anchors: list[Place]) -> float:
    bonus, countries = 0.0, set()
    for anchor in anchors:
        km = distance_km(place.lat, place.lon, anchor.lat, anchor.lon)
        bonus += next((b for limit, b in NEAR_KM if km < limit), 0.0) if anchor.feature != "country" else 0.0
        if anchor.country and anchor.country == place.country:
            countries.add(anchor.country)
    return min(MAX_CONTEXT_BONUS, bonus + SAME_COUNTRY_BONUS * len(countries))


def resolve(mentions: list[Mention], gazetteer: Gazetteer) -> dict[int, Place]:
    """A place for each mention (by position in `mentions`) that can be resolved."""
    by_key: dict[str, list[Candidate]] = {}
    for m in mentions:
        if m.border is None:
            by_key.setdefault(m.key, m.candidates)
    # Context: the other names with a single candidate (countries, unique cities, curated features).
    anchors = {key: cands[0].place for key, cands in by_key.items() if len({c.place.key for c in cands}) == 1}
    chosen = {}
    for key, cands in by_key.items():
        others = [place for anchor_key, place in anchors.items() if anchor_key != key]
        chosen[key] = max(
            cands, key=lambda c: (prior(c) + context_bonus(c.place, others), -c.place.population)
        ).place
    countries = Counter(chosen[m.key].country for m in mentions if m.border is None and chosen[m.key].country)
    places = {}
    for n, m in enumerate(mentions):
        places[n] = _border_place(m.border, countries, gazetteer) if m.border else chosen[m.key]
    return {n: p for n, p in places.items() if p is not None}


def _border_place(border: tuple[str, str | None], countries: Counter, gazetteer: Gazetteer) -> Place | None:
    """The border area of a country: with the named partner, else with the neighbour the article
    mentions most, else (no neighbour in sight) the country's centroid, marked as a border anyway."""
    own, partner = border
    country = gazetteer.country(own)
    if country is None:
        return None
    if partner not in gazetteer.neighbours.get(own, ()):
        partner = None
    if partner is None:
        neighbours = [(countries[n], n) for n in gazetteer.neighbours.get(own, ()) if countries[n]]
        partner = max(neighbours)[1] if neighbours else None
    point = gazetteer.border_point(own, partner) if partner else None
    other = gazetteer.country(partner) if partner else None
    name = f"Grenze {country.name}–{other.name}" if other else f"Grenze {country.name}"
    lat, lon = point or (country.lat, country.lon)
    key = f"border:{'-'.join(sorted((own, partner)))}" if partner else f"border:{own}"
    return Place(key, name, lat, lon, own, "border", 0, None)
