"""Bare "die Demokraten", "Republikaner im Kongress": the US parties in an article about the USA.

The KB keeps the bare words generic ("~"): they name the parties only once "US-Demokraten" came before,
because other states have Democrats and Republicans too (France's Républicains). German news about
American politics rarely writes the prefix, though ("Die Republikaner im Senat kritisierten Obama",
"Zahlreiche Demokraten kritisierten den Schritt"); there an article that names the United States (the
state, its capital, its institutions or people) means the US parties. The gold codes them USA (USALEG).
"""

from __future__ import annotations

from lagebild.pipeline.actor_matching import GENERIC, AliasMatch

US_PARTY_IDS = frozenset({"party:democratic-party-us", "party:republican-party-us"})
US = "USA"


def is_us_party_noun(match: AliasMatch) -> bool:
    """A bare party noun that can mean only the US parties: a party member needs no determiner
    ("Republikaner fordern vom Präsidenten"), unlike the generic "Allianz"."""
    return match.kind == GENERIC and set(match.actor_ids) <= US_PARTY_IDS


def us_parties_named(matches: list[AliasMatch], kb) -> set[str]:
    """The US parties, when another match of the article names an American actor."""
    american = any(
        m.kind != GENERIC and any(kb.actors[a].get("country") == US for a in m.actor_ids) for m in matches
    )
    return set(US_PARTY_IDS) if american else set()
