"""The compiled gazetteer: place records and the names that point to them."""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

GAZETTEER_PATH = Path(__file__).with_name("gazetteer.json.gz")


@dataclass(frozen=True)
class Place:
    key: str
    name: str
    lat: float
    lon: float
    country: str | None
    feature: str
    population: int
    geonames: int | None


@dataclass(frozen=True)
class Candidate:
    place: Place
    tier: str  # A: a place wherever it is a name; B: where context marks a place; N: only where NER does
    lang: str  # "de", "en" or "*"


class Gazetteer:
    def __init__(self, compiled: dict):
        self._rows = compiled["places"]  # Place objects are made on demand: loading stays fast
        self._names = compiled["names"]
        self._index_of_key = {row[0]: i for i, row in enumerate(self._rows)}
        self.borders = {k: tuple(v) for k, v in compiled["borders"].items()}
        self.neighbours = compiled["neighbours"]
        # Context-only place names that are also surnames ("Takahashi"): "von <surname>" is a person.
        self.surnames = frozenset(compiled["surnames"])
        # Surnames (all of them, from personennamen.list) that are not place names: after a
        # context-only place name they make it a first name ("Karl Schnell").
        self.person_names = frozenset(compiled["person_names"])

    @cached_property
    def _multi_word_heads(self) -> frozenset[str]:
        """The first words of the names of more than one word."""
        return frozenset(
            parts[0] for parts in (name.split(None, 1) for name in self._names) if len(parts) == 2
        )

    def may_name(self, surface: str) -> bool:
        """False where no name can be `surface` or its genitive base: a text of several words whose
        first word starts no name of several words. A cheap test before the lookups of every span."""
        parts = surface.split(None, 1)
        return len(parts) < 2 or parts[0] in self._multi_word_heads

    def candidates(self, surface: str, lang: str) -> list[Candidate]:
        """Places named exactly `surface` in `lang`."""
        return [
            Candidate(self.place(i), tier, name_lang)
            for i, tier, name_lang in self._names.get(surface, ())
            if name_lang in ("*", lang)
        ]

    def place(self, index: int) -> Place:
        return Place(*self._rows[index])

    def by_key(self, key: str) -> Place | None:
        index = self._index_of_key.get(key)
        return None if index is None else self.place(index)

    def country(self, iso3: str) -> Place | None:
        return self.by_key(f"country:{iso3}")

    def border_point(self, a: str, b: str) -> tuple[float, float] | None:
        return self.borders.get("-".join(sorted((a, b))))


@cache
def load_gazetteer(path: Path = GAZETTEER_PATH) -> Gazetteer:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return Gazetteer(json.load(f))
