"""The names of international organisations as news writes them, from the knowledge base: "EU",
"NATO", "Nato", "OSZE", "Opec". Read where a compound starts with a body ("die EU-Sanktionen" in
`arguments.actor_in_compound`, "das Nato-Treffen" in `gatherings`); a module of its own, so that a
rule that only asks whether a word names one need not import arguments.py."""

from __future__ import annotations

from functools import cache

from lagebild.kb.store import load_kb
from lagebild.pipeline.annotations import ActorRef


@cache
def union_names() -> dict[str, ActorRef]:
    """Names and abbreviations of international organisations ("EU", "NATO", "OSZE") → the IGO. Not the
    KB's generic nouns (marked "~": "Allianz", "Union") nor names with a hyphen, which cannot stand
    before a compound's hyphen."""
    names: dict[str, ActorRef] = {}
    for actor in load_kb().actors.values():
        if actor["type"] != "IGO" or not actor.get("code"):
            continue
        for word in [*actor.get("aliases_de", []), actor.get("name_de") or ""]:
            if word and not word.startswith("~") and "-" not in word:
                names.setdefault(word, ActorRef(name=word, kb_id=actor["id"], actor_code=actor["code"]))
    return names


def is_union_name(word: str) -> bool:
    """A name or abbreviation of an international organisation as written ("EU", "Nato", "Opec")."""
    return word in union_names()
