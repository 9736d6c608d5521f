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

# the word parts of a gathering of many: "Gipfel", "Sondergipfel", "Weltklimakonferenz", "Ratssitzung"
GATHERING_PARTS = ("gipfel", "konferenz", "tagung", "sitzung", "versammlung", "forum")
# the longest abbreviation of a body in front of a compound: "G20", "EU", "NATO", "OSZE", "ASEAN"
BODY_LENGTH = 5


def is_gathering(noun: Token) -> bool:
    word = noun.lower_
    if any(part in word for part in GATHERING_PARTS):
        return True
    if _of_a_group(noun):
        return True
    head, hyphen, _ = noun.text.partition("-")
    return bool(hyphen) and len(head) <= BODY_LENGTH and head.isupper()


def _of_a_group(noun: Token) -> bool:
    """ "Treffen der EU-Außenminister": a plural genitive after the noun names the many who gather."""
    return any(
        c.i > noun.i and "Gen" in c.morph.get("Case") and "Plur" in c.morph.get("Number")
        for c in noun.children
        if c.dep_ in ("nmod", "nmod:poss") and c.pos_ == "NOUN"
    )
