"""PETRARCH2's verb dictionary as compiled by `build_petrarch`: verb forms and their patterns."""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

from lagebild.events.build_petrarch import plural

Phrase = tuple[str, ...]


@dataclass(frozen=True)
class VerbForm:
    """One surface form of a dictionary verb: `pre` + `word` + `post` (lowercase words)."""

    word: str
    pre: Phrase
    post: Phrase
    block: int
    code: str | None  # the verb's own code, else None (the block's code applies)
    kind: str  # "base", "s", "ed" (past or participle) or "ing": how much it can be a noun
    base: str = ""  # the dictionary verb's base form ("order" for "ordered")


@dataclass(frozen=True)
class Pattern:
    pre: tuple
    post: tuple
    code: str
    verb: str | None = None  # the block verb the pattern was written for (its dictionary comment)


class PetrarchLexicon:
    def __init__(self, raw: dict):
        self.synsets: dict[str, list[Phrase]] = {
            name: [tuple(p.split()) for p in phrases] for name, phrases in raw["synsets"].items()
        }
        self.block_codes: list[str] = [block["code"] for block in raw["blocks"]]
        self.patterns: list[list[Pattern]] = [
            [
                Pattern(_freeze(p["pre"]), _freeze(p["post"]), p["code"], p.get("verb"))
                for p in block["patterns"]
            ]
            for block in raw["blocks"]
        ]
        self.by_word: dict[str, list[VerbForm]] = {}
        self._bases: list[dict[str, str]] = []  # per block: every verb form → its base
        for index, block in enumerate(raw["blocks"]):
            self._bases.append(
                {w: verb["forms"][0][1] for verb in block["verbs"] for _, w, _ in verb["forms"]}
            )
            for verb in block["verbs"]:
                base = verb["forms"][0][1]
                for pre, word, post in verb["forms"]:
                    kind = _kind(word, base)
                    form = VerbForm(
                        word, tuple(pre.split()), tuple(post.split()), index, verb["code"], kind, base
                    )
                    self.by_word.setdefault(word, []).append(form)
        # the longest phrase first: "called off" before "called"
        for forms in self.by_word.values():
            forms.sort(key=lambda f: -(len(f.pre) + len(f.post)))

    @cache  # noqa: B019  (one lexicon per process)
    def alternatives(self, word: str) -> tuple[Phrase, ...]:
        """The word sequences a pattern word stands for: a synset's phrases, or the word and its plural."""
        if word.startswith("&"):
            return tuple(self.synsets.get(word, ()))
        return ((word,), (plural(word.upper()).lower(),))

    @cache  # noqa: B019  (one lexicon per process)
    def patterns_for(self, form: VerbForm) -> tuple[Pattern, ...]:
        """The block's patterns that apply to this verb. A pattern of particles and prepositions only
        is a phrasal verb of the verb it was written for: "- * TO [030]  # HEAD" ("head to") must
        not make "ordered … to" an intent, nor WELCOME's "(TO)" (hosting) turn "praised Haiti's
        efforts to …" into a visit. A pattern with a content word ("hunger strike", "military aid",
        a subject "&WEAPON" for "exploded / went off") holds for every verb of the block, as in
        PETRARCH2."""
        bases = self._bases[form.block]  # a comment may name an inflected form ("# RALLIED")
        return tuple(
            p
            for p in self.patterns[form.block]
            if p.verb not in bases or bases[p.verb] == form.base or not _function_words_only(p)
        )

    def code_of(self, form: VerbForm) -> str:
        return form.code or self.block_codes[form.block]


# the words a phrasal verb adds to its verb ("head to", "back off", "welcome to")
FUNCTION_WORDS = {
    "to", "for", "with", "on", "off", "up", "out", "down", "in", "into", "away", "back", "over", "from",
    "at", "by", "against", "about", "forward", "of", "the", "a", "an", "it", "through", "around",
}  # fmt: skip


def _function_words_only(pattern: Pattern) -> bool:
    def plain(element) -> bool:
        if element[0] in ("$", "+"):
            return True
        if element[0] == "w":
            return element[1] in FUNCTION_WORDS
        if element[0] == "p":
            return element[1] in FUNCTION_WORDS and (element[2] is None or plain(element[2]))
        return False

    return all(plain(e) for e in pattern.pre + pattern.post)


def _kind(word: str, base: str) -> str:
    if word == base:
        return "base"
    if word.endswith("ing"):
        return "ing"
    if word.endswith("s") and not word.endswith("ss"):
        return "s"
    return "ed"


def _freeze(elements: list) -> tuple:
    frozen = []
    for element in elements:
        if element[0] == "c":
            frozen.append(("c", tuple(element[1])))
        elif element[0] == "p":
            frozen.append(("p", element[1], _freeze([element[2]])[0] if element[2] else None))
        else:
            frozen.append(tuple(element))
    return tuple(frozen)


@cache
def petrarch_lexicon() -> PetrarchLexicon:
    raw = resources.files("lagebild.events").joinpath("petrarch_verbs.json.gz").read_bytes()
    return PetrarchLexicon(json.loads(gzip.decompress(raw)))
