"""The compiled knowledge base at run time: actors by id, role and code at a date, incumbents."""

from __future__ import annotations

import gzip
import json
from functools import cache
from pathlib import Path

from lagebild.pipeline.annotations import ActorRef

KB_PATH = Path(__file__).with_name("actors.json.gz")


def _valid(start: str | None, end: str | None, date: str | None) -> bool:
    """Is an ISO date (day or month precision) inside [start, end]? Month dates compare by month."""
    if date is None:
        return end is None
    day = date if len(date) > 7 else date + "-15"
    return (start is None or start <= day) and (end is None or day <= end)


class KnowledgeBase:
    def __init__(self, data: dict):
        self.actors: dict[str, dict] = {a["id"]: a for a in data["actors"]}
        self.agents_en: dict[str, str] = dict(map(tuple, data.get("agents_en", [])))
        self.states = [a for a in self.actors.values() if a["type"] == "state"]
        self._holders: dict[tuple[str, str], list[tuple[str, str | None, str | None]]] = {}
        for actor in self.actors.values():
            if actor["type"] == "person" and actor.get("curated"):
                for role, code, start, end in actor.get("roles", []):
                    self._holders.setdefault((code[:3], role), []).append((actor["id"], start, end))

    def role_at(
        self, actor: dict, date: str | None, named: str | None = None
    ) -> tuple[str | None, str | None]:
        """The role and CAMEO code a person has at `date` (the latest role that started by then). A
        role the text names before the name ("Ratspräsident Tusk") picks among them, and in an
        undated article it is the only clue: the latest role would be a guess."""
        roles = [r for r in actor.get("roles", []) if _valid(r[2], r[3], date)]
        named_roles = [r for r in actor.get("roles", []) if named is not None and r[0] == named]
        roles = [r for r in roles if r in named_roles] or (named_roles if date is None else []) or roles
        if roles:
            role, code, _, _ = max(roles, key=lambda r: r[2] or "")
            return role, code
        codes = [c for c in actor.get("codes", []) if _valid(c[1], c[2], date)]
        if codes:
            return None, max(codes, key=lambda c: c[1] or "")[0]
        return None, actor.get("code") or (f"{actor['country']}ELI" if actor.get("country") else None)

    def incumbent(self, country: str, role: str, date: str | None) -> str | None:
        """The curated person holding `role` for `country` (or IGO code prefix) at `date`."""
        holders = [h for h in self._holders.get((country, role), []) if _valid(h[1], h[2], date)]
        return holders[0][0] if len(holders) == 1 else None

    def actor_ref(self, actor_id: str, date: str | None, lang: str, role: str | None = None) -> ActorRef:
        actor = self.actors[actor_id]
        code = actor.get("code")
        if actor["type"] == "person":
            kb_role, code = self.role_at(actor, date, named=role)
            role = kb_role or role
        name = actor["name_de"] if lang == "de" else actor["name_en"]
        # Event coding works on state/IGO-level codes (RUSGOV, IGOWSTNAT); sector suffixes from the
        # source (RUSGOVMIL) are dropped for countries, whose code is country + one sector.
        if code and code[:3] in {s["country"] for s in self.states} and len(code) > 6:
            code = code[:6]
        return ActorRef(
            name=name,
            kb_id=actor_id,
            country=actor.get("country"),
            actor_code=code,
            wikidata=actor.get("wikidata"),
            role=role,
        )


@cache
def load_kb(path: Path = KB_PATH) -> KnowledgeBase:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return KnowledgeBase(json.load(handle))
