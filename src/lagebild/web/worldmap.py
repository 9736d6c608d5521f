"""Event locations on a world map. The outline is the world map SVG that the installed
`pygal_maps_world` package ships, served by us: no tiles, no network."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from importlib import resources

VIEWBOX = (2475, 1388)
# Longitude/latitude to that SVG's coordinates, fitted by least squares on the outline start points of
# 49 small countries against their coordinates in countries.json (RMS error about 2 degrees).
X_PER_DEGREE, X_AT_ZERO = 7.584, 1195.3
Y_PER_DEGREE, Y_AT_ZERO = -8.776, 691.2


@dataclass(frozen=True)
class Point:
    x: float
    y: float
    radius: float
    title: str
    place: str


@cache
def world_map() -> str:
    """The country outlines (SVG elements, without the enclosing <svg>)."""
    svg = (resources.files("pygal_maps_world") / "worldmap.svg").read_text(encoding="utf-8")
    inner = re.search(r"<svg[^>]*>(.*)</svg>", svg, re.S)
    return inner.group(1) if inner else ""


def project(lat: float, lon: float) -> tuple[float, float]:
    return X_AT_ZERO + X_PER_DEGREE * lon, Y_AT_ZERO + Y_PER_DEGREE * lat


def event_points(events: list[dict]) -> list[Point]:
    """One circle per place, sized by its number of events."""
    by_place: dict[tuple, list[dict]] = defaultdict(list)
    for event in events:
        if event.get("place_lat") is not None and event.get("place_lon") is not None:
            by_place[(event["place_name"], event["place_lat"], event["place_lon"])].append(event)
    points = []
    for (name, lat, lon), group in sorted(by_place.items(), key=lambda item: -len(item[1])):
        x, y = project(lat, lon)
        labels = sorted({e["label"] for e in group})
        title = f"{name}: {len(group)} events ({'; '.join(labels[:5])})"
        points.append(Point(round(x, 1), round(y, 1), round(6 + 4 * len(group) ** 0.5, 1), title, name))
    return points
