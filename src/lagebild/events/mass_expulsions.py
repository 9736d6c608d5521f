"""Deporting people by the thousand is CAMEO 201 ("engage in mass expulsion"), not the expulsion of
individuals (174): "Iran hat Hunderttausende Afghanen abgeschoben", "schob mehr als 30 000 Haitianer ab",
"schiebt Zehntausende afghanische Flüchtlinge ab". The scale is read from the people the verb names: a
word for thousands or a numeral of at least a thousand; "mehrere Migranten", "Hunderte" stay 174."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from lagebild.events.lexicon import LexiconEntry
from lagebild.events.mass_killings import COUNT_QUALIFIERS, MODIFIER_SPAN

DEPORTATION = "174"
MASS_EXPULSION = "201"
# residents deported or driven out; people sent back as they cross a border ("schickte rund 5600 Menschen
# nach Marokko zurück") are turned away at the border, as the banks code it (174)
DEPORTING = {"abschieben", "ausweisen", "vertreiben"}
MASS_SCALE = 1000  # a deportation counted in thousands empties towns, not cases
THOUSANDS = ("tausend", "million")  # also inside "zwanzigtausend", "Zehntausende", "Hunderttausende"
# "über zwanzigtausend Haitianer": the parse takes the count's "über" for a preposition (obl)
PEOPLE_DEPS = ("obj", "nsubj:pass", "obl")


def as_mass_expulsion(entry: LexiconEntry, verb: Token, objects: list[Token]) -> LexiconEntry:
    if entry.code != DEPORTATION or entry.lemma not in DEPORTING:
        return entry
    people = [n for n in [*(c for c in verb.children if c.dep_ in PEOPLE_DEPS), *objects] if n.pos_ == "NOUN"]
    return replace(entry, code=MASS_EXPULSION) if any(_in_thousands(p) for p in people) else entry


def _in_thousands(noun: Token) -> bool:
    """The noun itself ("Zehntausende"), a count hung on it, or the count and adjectives right before it
    ("mehr als 30 000 Haitianer", "Zehntausende afghanische Flüchtlinge")."""
    words = [noun, *(c for c in noun.children if c.i < noun.i)]
    numeral = ""
    for token in reversed(noun.doc[max(noun.sent.start, noun.i - MODIFIER_SPAN) : noun.i]):
        if token.pos_ not in ("ADJ", "NUM", "NOUN") and token.lower_ not in COUNT_QUALIFIERS:
            break
        if numeral and not _digit_group(numeral[:3], token):
            break  # the count nearest the noun is its count ("im Jahr 2023 28 Straftäter": 28)
        words.append(token)
        numeral = token.text + numeral if token.pos_ == "NUM" else numeral
    return any(_thousands(t.lower_) for t in words) or _thousands(numeral)


def _digit_group(following: str, token: Token) -> bool:
    """A numeral written in groups ("30 000") is one number in several tokens: a group of three digits
    continues the one before it."""
    return token.pos_ == "NUM" and len(following) == 3 and following.isdigit()


def _thousands(word: str) -> bool:
    digits = word.replace(".", "").replace("\u202f", "")
    return any(t in word.lower() for t in THOUSANDS) or digits.isdigit() and int(digits) >= MASS_SCALE
