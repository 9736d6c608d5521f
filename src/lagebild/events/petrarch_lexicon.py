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


@dataclass(frozen=True)
class Pattern:
    pre: tuple
    post: tuple
    code: str


class PetrarchLexicon:
    def __init__(self, raw: dict):
        self.synsets: dict[str, list[Phrase]] = {
            name: [tuple(p.split()) for p in phrases] for name, phrases in raw["synsets"].items()
        }
        self.block_codes: list[str] = [block["code"] for block in raw["blocks"]]
        self.patterns: list[list[Pattern]] = [
            [Pattern(_freeze(p["pre"]), _freeze(p["post"]), p["code"]) for p in block["patterns"]]
            for block in raw["blocks"]
        ]
        self.by_word: dict[str, list[VerbForm]] = {}
        for index, block in enumerate(raw["blocks"]):
            for verb in block["verbs"]:
                base = verb["forms"][0][1]
                for pre, word, post in verb["forms"]:
                    kind = _kind(word, base)
                    form = VerbForm(word, tuple(pre.split()), tuple(post.split()), index, verb["code"], kind)
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

    def code_of(self, form: VerbForm) -> str:
        return form.code or self.block_codes[form.block]


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
