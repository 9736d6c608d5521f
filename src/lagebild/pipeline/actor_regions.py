"""Political regions as actors: "der Westen" warns, Moscow blames "dem Westen", "the West" reacts.

The same word is a compass direction or a part of a country ("im Westen der Ukraine", "nach Westen",
"die Flucht in den Westen"), so a region is an actor only after a determiner (or "beim", "vom"), or
after "im" when a group of people is located there ("die Regierungschefs im Westen"); never when a
genitive follows (the west of somewhere) and never after "in den" (a direction).
"""

from __future__ import annotations

from spacy.tokens import Doc

from lagebild.pipeline.actor_lexicon import (
    AGENTS_DE,
    DETERMINERS_DE,
    STATE,
    institution_sector_de,
    parse_role_de,
)
from lagebild.pipeline.actor_matching import AliasMatch

# "beim Westen", "vom Westen bedroht": preposition and article in one word, still the actor.
CONTRACTED_ARTICLES = {"beim", "vom", "Beim", "Vom"}
# "die Partner im Westen": groups that, located in the region, stand for it.
GROUP_NOUNS = {"Partner", "Verbündete", "Staaten", "Hauptstädte", "Regierungen", "Politiker", "Kritiker"}
GENITIVE_STARTS = {"der", "des", "von"}
# "westliche Staaten", "den westlichen Partnern": states of the West as one side (CAMEO WST).
WESTERN_FORMS = {"westliche", "westlichen", "westlicher", "Westliche", "Westlichen"}
WESTERN_GROUPS = {
    "Staaten", "Partner", "Partnern", "Länder", "Ländern", "Verbündete", "Verbündeten", "Regierungen",
    "Hauptstädte", "Hauptstädten", "Unterstützer", "Unterstützern", "Alliierte", "Alliierten", "Geldgeber",
    "Industriestaaten", "Demokratien",
}  # fmt: skip


def western_group_end(doc: Doc, i: int) -> int | None:
    """The end of 'westliche Staaten' starting at token i, or None."""
    if doc[i].text in WESTERN_FORMS and i + 1 < len(doc) and _western_group(doc[i + 1].text):
        return i + 2
    return None


def _western_group(word: str) -> bool:
    """A group the West acts through: its states and partners, and, as for a country adjective, its
    agents and office holders ("westliche Ermittler", "ein westlicher Diplomat", "westlichen Politikern")."""
    return (
        word in WESTERN_GROUPS or institution_sector_de(word) is not None or parse_role_de(word) is not None
    )


def region_is_actor(doc: Doc, match: AliasMatch) -> bool:
    following = doc[match.end] if match.end < len(doc) else None
    if following is not None and (following.text in GENITIVE_STARTS or _is_genitive_name(following.text)):
        return False  # "im Westen der Ukraine", "der Westen Russlands"
    start = match.start
    if doc[start].lower_ == "the":
        return following is None or not following.text[:1].isupper()  # "the West", not "the West Bank"
    i = start - 1
    while i >= max(start - 3, 0) and doc[i].text.islower() and doc[i].text not in DETERMINERS_DE:
        if not doc[i].text.endswith(("e", "en", "em", "er", "es")):
            break
        i -= 1  # an attributive adjective: "dem kollektiven Westen"
    before = doc[i].text if i >= 0 else ""
    before2 = doc[i - 1].text if i >= 1 else ""
    if before in CONTRACTED_ARTICLES:
        return True
    if before in DETERMINERS_DE:
        return not (before == "den" and before2 in {"in", "In"})  # "in den Westen": a direction
    if before == "im":
        return _is_group(before2)
    return False


def _is_genitive_name(word: str) -> bool:
    """'Russlands', 'Europas': a capitalised genitive after the region names whose west it is."""
    return word[:1].isupper() and word.endswith("s") and len(word) > 3


def _is_group(word: str) -> bool:
    if parse_role_de(word) is not None:  # "die Staats- und Regierungschefs im Westen"
        return True
    stems = {word, word.removesuffix("n"), word.removesuffix("s"), word.removesuffix("en")}
    # "die Gebiete im Westen": territory nouns are the place the west is part of, no group
    agents = {noun for noun, sector in AGENTS_DE.items() if sector != STATE}
    return bool(stems & (GROUP_NOUNS | agents))
