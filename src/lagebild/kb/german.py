"""German forms of names: transliteration of English romanisations of Cyrillic names into German
conventions (Lavrov -> Lawrow) and the inflected forms a German text uses (Lawrows, Weißen Hauses).

The English romanisation loses information (ы and й are both "y"), so rules get most names right and
`NAME_EXCEPTIONS` holds the established German spellings the rules cannot reach.
"""

from __future__ import annotations

import re

VOWELS = set("aeiouy")
# Established German spellings of given names and surnames that rules miss.
NAME_EXCEPTIONS = {
    "aleksandr": "Alexander", "alexandr": "Alexander", "alyaksandr": "Alexander",
    "aleksey": "Alexej", "alexey": "Alexej", "aleksei": "Alexej", "alexei": "Alexej",
    "viktor": "Viktor", "vitaliy": "Witali", "vitaly": "Witali", "yevgeniy": "Jewgeni",
    "pyotr": "Pjotr", "petr": "Pjotr", "fyodor": "Fjodor", "yulia": "Julija", "yuliya": "Julija",
    "maria": "Maria", "mariya": "Maria", "elvira": "Elwira", "valentina": "Walentina",
    "lukashenka": "Lukaschenko", "zelensky": "Selenskyj", "zelenskyy": "Selenskyj",
    "zelenskiy": "Selenskyj", "gorbachev": "Gorbatschow", "khrushchev": "Chruschtschow",
    "navalny": "Nawalny", "navalnaya": "Nawalnaja", "yeltsin": "Jelzin", "medvedev": "Medwedew",
    "kyiv": "Kiew", "volodymyr": "Wolodymyr", "dmytro": "Dmytro", "poroshenko": "Poroschenko",
    "yanukovych": "Janukowytsch", "klitschko": "Klitschko", "nebenzya": "Nebensja",
    "ivanov": "Iwanow", "tokovinin": "Tokowinin", "tymoshenko": "Timoschenko",
}  # fmt: skip
# Letter groups replaced as a unit, scanned left to right, longest first.
_DIGRAPHS = ("shch", "kh", "zh", "sh", "ch", "ts")
_DIGRAPH_DE = {"shch": "schtsch", "kh": "ch", "zh": "sch", "sh": "sch", "ch": "tsch", "ts": "z"}


def transliterate_word(word: str, given_name: bool = False) -> str:
    """One word of an English-romanised Cyrillic name in German spelling, capitalised like the input."""
    lower = word.lower()
    if lower in NAME_EXCEPTIONS:
        return _recase(NAME_EXCEPTIONS[lower], word)
    if not lower.isalpha():
        return (
            "-".join(transliterate_word(part, given_name) for part in word.split("-"))
            if "-" in word
            else word
        )
    if not given_name and lower.endswith(("sky", "skiy", "skii")):
        # Russian -ский: German -ski (Chodorkowski); Ukrainian -skyj names are exceptions (Selenskyj)
        return transliterate_word(word[: lower.rindex("sk")], given_name) + "ski"
    out, i = [], 0
    while i < len(lower):
        digraph = next((d for d in _DIGRAPHS if lower.startswith(d, i)), None)
        if digraph:
            out.append(_DIGRAPH_DE[digraph])
            i += len(digraph)
            continue
        out.append(_letter(lower, i, given_name))
        i += 1
    return _recase("".join(out), word)


def _letter(word: str, i: int, given_name: bool) -> str:
    char = word[i]
    before = word[i - 1] if i else ""
    after = word[i + 1] if i + 1 < len(word) else ""
    if char == "v":
        return "w"
    if char == "z":
        return "s"
    if char == "s" and before in VOWELS and after in VOWELS and before and after:
        return "ss"
    if char == "y":
        if after and after in "aeiou":
            return "j"  # ya, ye, yu, yo: the consonant j (Ryabkov -> Rjabkow)
        if not after and before == "i":
            return ""  # -iy: Dmitriy -> Dmitri
        if before in "aeiou" and before:
            return "j"  # ay, ey, oy: the й after a vowel (Sergey -> Sergej)
        if not after and given_name:
            return "i"  # a given name's -y is -ий: Dmitry -> Dmitri, Yury -> Juri
        return "y"  # ы: Navalny, Ryzhkov
    if char == "i" and not after and before == "e":
        return "j"  # -ei: Sergei -> Sergej
    return char


def _recase(text: str, model: str) -> str:
    return text[:1].upper() + text[1:] if model[:1].isupper() else text


def transliterate_name(name: str) -> str:
    """A full name ("Sergey Viktorovich Lavrov") in German spelling ("Sergej Viktorowitsch Lawrow")."""
    words = name.split()
    return " ".join(
        transliterate_word(w, given_name=(n == 0 and len(words) > 1)) for n, w in enumerate(words)
    )


# Inflection ------------------------------------------------------------------------------------

_ADJECTIVE_ENDING = re.compile(r"(e|en|er|es|em)$")


def genitive(name: str) -> str:
    """Lawrow -> Lawrows, Borís -> Borís' (names ending in a sibilant take an apostrophe)."""
    return name + "'" if name[-1:].lower() in {"s", "x", "z", "ß"} else name + "s"


def inflected_forms(alias: str, proper_name: bool) -> set[str]:
    """The forms under which an alias appears in running German text.

    Proper names take a genitive -s; common-noun aliases ("Bündnis", "Weißes Haus", "Vereinte
    Nationen") take -s/-es/-ses/-n/-en on the head and adjectival endings on attributive words.
    """
    words = alias.split()
    forms = {alias}
    if proper_name:
        forms.add(" ".join([*words[:-1], genitive(words[-1])]))
        return forms
    head = words[-1]
    suffixes = ("ses", "es") if head.endswith("s") else ("s", "es") if head[-1:] not in "ne" else ("s", "n")
    head_forms = {head, *(head + suffix for suffix in suffixes)}
    modifiers = [_adjective_forms(w) for w in words[:-1]]
    combos = [[]]
    for options in modifiers:
        combos = [[*c, o] for c in combos for o in sorted(options)]
    for combo in combos:
        for head in head_forms:
            forms.add(" ".join([*combo, head]))
    return forms


def _adjective_forms(word: str) -> set[str]:
    if word[:1].isupper() and _ADJECTIVE_ENDING.search(word) and len(word) > 4:
        stem = _ADJECTIVE_ENDING.sub("", word)
        return {stem + ending for ending in ("e", "en", "er", "es", "em")}
    return {word}


def adjective_forms(stem: str) -> set[str]:
    """russisch -> russisch, russische, russischen, russischer, russisches, russischem."""
    return {stem, *(stem + ending for ending in ("e", "en", "er", "es", "em"))}
