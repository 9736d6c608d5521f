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

from lagebild.events.union_names import is_union_name

# the word parts of a gathering of many, as a compound's last part ("Sondergipfel",
# "Weltklimakonferenz", "Ratssitzung") or before a head naming talks ("Gipfeltreffen"), with the
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
# heads that make a compound with a gathering part before them the talks held there, with their inflected
# forms ("Gipfeltreffen", "Konferenzgesprächen", "Gipfelrunde"); not "Gipfelkreuz", "Versammlungsfreiheit"
TALK_HEADS = (
    "treffen", "treffens", "gespräch", "gespräche", "gesprächen", "gesprächs", "runde", "runden",
    "beratung", "beratungen", "begegnung", "begegnungen", "verhandlung", "verhandlungen", "dialog",
    "dialogs", "dialoges", "konsultation", "konsultationen",
)  # fmt: skip
LINKING_S = "s"  # the joint before the head ("Sitzungsrunde")
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
    """A compound whose last part names a gathering ("EU-Sondergipfel", "Ratssitzung"), or which has one
    before a head that names talks ("Gipfeltreffen", "Konferenzgespräch"): the head says what the word
    is, so "Versammlungsfreiheit" and "Gipfelkreuz" name no gathering."""
    parts = word.split("-")
    return any(
        (part.endswith(GATHERING_PARTS + INFLECTED_PARTS) and not part.endswith(NOT_GATHERINGS))
        or _talks_at_gathering(part)
        for part in parts
    )


def _talks_at_gathering(part: str) -> bool:
    """A gathering part before a head that names talks ("Gipfeltreffen", "Sondergipfelgespräch",
    "Konferenzrunde"): the compound's head says what the word is, whatever comes before the gathering
    part and whether or not the lexicon lists the head."""
    for opening in GATHERING_PARTS:
        end = part.find(opening) + len(opening)
        if end < len(opening) or part[:end].endswith(NOT_GATHERINGS):
            continue
        head = part[end:]
        if head in TALK_HEADS or (head.startswith(LINKING_S) and head[1:] in TALK_HEADS):
            return True
    return False


def _of_a_group(noun: Token) -> bool:
    """ "Treffen der EU-Außenminister": a plural genitive after the noun names the many who gather."""
    return any(
        c.i > noun.i and "Gen" in c.morph.get("Case") and "Plur" in c.morph.get("Number")
        for c in noun.children
        if c.dep_ in ("nmod", "nmod:poss") and c.pos_ == "NOUN"
    )
