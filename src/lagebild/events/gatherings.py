"""A gathering of many is no meeting of two: "beim EU-Gipfel in Brüssel", "beim Brics-Gipfel in Rio",
"beim nächsten Treffen der EU-Außenminister", "Beim G20-Treffen", "bei einer Videokonferenz der
Europaminister". Named as the setting of an act addressed to someone ("lobte beim EU-Gipfel das
italienische Modell"), it does not say that the act's source met its target there, as a call or a talk
does ("dankte Scholz in einem Telefonat"): the gold banks code no meeting beside such an act.

A gathering is told by its word (a summit, a conference, a session), by the group it is of (a plural
genitive: "der Außenminister"), or by the body in front of it ("G20-Treffen", "EU-Treffen").
"""

from __future__ import annotations

from spacy.tokens import Token

from lagebild.events.lexicon import german_lexicon
from lagebild.events.union_names import is_union_name

# the word parts of a gathering of many, as a compound's last part ("Sondergipfel",
# "Weltklimakonferenz", "Ratssitzung") or its first before a head naming an act ("Gipfeltreffen"), with the
# inflected forms ("Gipfeln", "des Gipfels", "Konferenzen", "Foren")
GATHERING_PARTS = ("gipfel", "konferenz", "tagung", "sitzung", "versammlung", "forum")
INFLECTED_PARTS = (
    "gipfeln",
    "gipfels",
    "konferenzen",
    "tagungen",
    "sitzungen",
    "versammlungen",
    "foren",
    "forums",
)
# words that end in a part without naming a gathering: a postponement, an estate
NOT_GATHERINGS = ("vertagung", "vertagungen", "besitzung", "besitzungen")
# the longest abbreviation of a body in front of a compound: "G20", "EU", "NATO", "OSZE", "ASEAN"
BODY_LENGTH = 5


def is_gathering(noun: Token) -> bool:
    if _gathering_word(noun.lower_):
        return True
    if _of_a_group(noun):
        return True
    head, hyphen, _ = noun.text.partition("-")
    # the body written in capitals ("NATO-Treffen", "G20-Treffen") or as a word ("Nato-Treffen")
    return bool(hyphen) and len(head) <= BODY_LENGTH and (head.isupper() or is_union_name(head))


def _gathering_word(word: str) -> bool:
    """A compound whose last part names a gathering ("EU-Sondergipfel", "Ratssitzung"), or whose first
    part does before a head that names an act ("Gipfeltreffen", "Konferenzgespräch"): the head says what
    the word is, so "Versammlungsfreiheit" and "Gipfelkreuz" name no gathering."""
    parts = word.split("-")
    return any(
        (part.endswith(GATHERING_PARTS + INFLECTED_PARTS) and not part.endswith(NOT_GATHERINGS))
        or _opens_with_gathering(part)
        for part in parts
    )


def _opens_with_gathering(part: str) -> bool:
    opening = next((g for g in GATHERING_PARTS if part.startswith(g)), None)
    if opening is None:
        return False
    head = part[len(opening) :]
    head = head[1:] if head.startswith("s") and head[1:] in german_lexicon().nouns_by_form else head
    return head in german_lexicon().nouns_by_form


def _of_a_group(noun: Token) -> bool:
    """ "Treffen der EU-Außenminister": a plural genitive after the noun names the many who gather."""
    return any(
        c.i > noun.i and "Gen" in c.morph.get("Case") and "Plur" in c.morph.get("Number")
        for c in noun.children
        if c.dep_ in ("nmod", "nmod:poss") and c.pos_ == "NOUN"
    )
