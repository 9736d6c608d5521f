"""Finding KB names in a Doc: an index of every alias form (inflected German forms included) by
first token, matched longest-first over the tokens, case-sensitively (names are capitalised; "EU"
is not "eu"). Names written with letters the KB's English sources spell in ASCII ("Radosław",
"Erdoğan", "Støre") also match their ASCII spelling when no exact form does."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc

from lagebild.kb.curated import EXTRA_ADJECTIVES_EN
from lagebild.kb.german import adjective_forms, genitive, inflected_forms
from lagebild.kb.store import KnowledgeBase, load_kb

# Kinds of alias, from the most to the least specific.
NAME, DEMONYM, DEMONYM_PERSON, CAPITAL, GENERIC = "name", "demonym", "demonym_person", "capital", "generic"
_PRIORITY = {NAME: 0, DEMONYM: 1, CAPITAL: 2, DEMONYM_PERSON: 3, GENERIC: 4}
# letters Unicode decomposition leaves alone
_UNDECOMPOSED = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i"})


def ascii_spelling(text: str) -> str:
    return unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED)).encode("ascii", "ignore").decode()


@dataclass(frozen=True)
class AliasMatch:
    start: int
    end: int
    actor_ids: tuple[str, ...]
    kind: str


class AdjectiveTable(dict):
    """Country adjectives -> ISO3, reading a hyphenated double nationality ("deutsch-iranischen",
    "französisch-algerische") as its first part: the guidelines give a dual national the state named
    first. Both parts must be country adjectives ("georgisch-orthodoxe" is none)."""

    def _compound(self, word: str) -> str | None:
        first, _, rest = word.partition("-")
        if not rest or "-" in rest or not dict.__contains__(self, rest):
            return None
        return dict.get(self, first)

    def get(self, word, default=None):
        found = dict.get(self, word)
        if found is None and isinstance(word, str) and "-" in word:
            found = self._compound(word)
        return default if found is None else found

    def __contains__(self, word) -> bool:
        return self.get(word) is not None


class AliasIndex:
    def __init__(self, kb: KnowledgeBase, lang: str):
        self.kb = kb
        self.lang = lang
        self._entries: dict[str, dict[tuple[str, ...], dict[str, set[str]]]] = defaultdict(dict)
        # English writes "Israeli-Palestinian" for a relation, not a dual national: German only
        self.adjectives: dict[str, str] = _english_adjectives(kb) if lang == "en" else AdjectiveTable()
        for actor in kb.actors.values():
            for alias, kind in self._aliases(actor):
                tokens = _english_tokens(alias) if lang == "en" else tuple(alias.split())
                if tokens:
                    self._entries[tokens[0]].setdefault(tokens, {}).setdefault(kind, set()).add(actor["id"])
            for stem in actor.get("adjectives_de", []) if lang == "de" else []:
                for form in adjective_forms(stem):
                    self.adjectives[form] = actor["country"]
                    self.adjectives[form[:1].upper() + form[1:]] = actor["country"]
            for capital in actor.get("capitals_de", []) if lang == "de" else []:
                if " " not in capital and capital != "Brüssel":
                    self.adjectives[capital + "er"] = actor["country"]  # "die Moskauer Botschaft"

    def _aliases(self, actor: dict):
        de = self.lang == "de"
        names = list(actor.get("aliases_en", [])) + (list(actor.get("aliases_de", [])) if de else [])
        kind_of_type = actor["type"]
        for alias in names:
            generic = alias.startswith("~")
            alias = alias.lstrip("~")
            if kind_of_type == "person" and " " not in alias and not actor.get("curated"):
                continue  # a bare surname from the source is too ambiguous without the full name first
            if not de:
                yield alias, GENERIC if generic else NAME
                continue
            common_noun = generic or kind_of_type in {"government"}
            forms = inflected_forms(alias, proper_name=not common_noun)
            if kind_of_type != "person" and " " in alias:
                forms |= inflected_forms(alias, proper_name=False)  # "der Vereinten Nationen"
            for form in forms:
                yield form, GENERIC if generic else NAME
        for adjective in (actor.get("adjective_en") or "").split(", ") if not de else []:
            if adjective.endswith(("an", "i")) and self.adjectives.get(adjective) == actor["country"]:
                yield adjective + "s", DEMONYM  # "the Palestinians", "Israelis": the people of a state
        capitals = actor.get("capitals_de" if de else "capitals_en", [])
        for capital in capitals:
            yield capital, CAPITAL
            if de:
                yield genitive(capital), CAPITAL
        demonyms = actor.get("demonyms_de", []) if de else []
        if demonyms:
            plural, singular = demonyms
            yield plural, DEMONYM
            if not plural.endswith("n"):
                yield plural + "n", DEMONYM  # dative plural: den Litauern
            if singular != plural:
                yield singular, DEMONYM_PERSON
                yield singular + ("n" if singular.endswith("e") else "s"), DEMONYM_PERSON

    def entries_at(self, first_token: str) -> dict[tuple[str, ...], dict[str, set[str]]]:
        """The aliases starting with this token, by token tuple, then kind -> actor ids."""
        return self._entries.get(first_token, {})

    def demonym_state(self, word: str) -> str | None:
        """The state whose people a demonym names ("Kanadier", "den Deutschen", "des Franzosen"); None
        for any other word or one shared by several states."""
        kinds = self.entries_at(word).get((word,), {})
        ids = kinds.get(DEMONYM, set()) | kinds.get(DEMONYM_PERSON, set())
        states = {self.kb.actors[a]["country"] for a in ids}
        return states.pop() if len(states) == 1 else None

    def genitive_owner(self, text: str, kb) -> str | None:
        """'Irans', 'Moldaus', 'Pekings', 'Moskaus': the state whose name or capital this genitive
        is; before a role or institution it owns it ("Pekings Chefdiplomat", "Irans Außenminister")."""
        if not text.endswith("s"):
            return None
        kinds = self.entries_at(text).get((text,), {})
        ids = kinds.get(NAME, set()) | kinds.get(CAPITAL, set())
        states = {kb.actors[a]["country"] for a in ids if kb.actors[a]["type"] in {"state", "government"}}
        return states.pop() if len(states) == 1 else None

    def adjective_at(self, doc: Doc, i: int) -> tuple[str | None, int]:
        """The country of a nationality adjective starting at token i ("Israeli", "South Korean")
        and the token after it; (None, i) if there is none."""
        if i + 1 < len(doc):
            country = self.adjectives.get(f"{doc[i].text} {doc[i + 1].text}")
            if country:
                return country, i + 2
        country = self.adjectives.get(doc[i].text)
        return (country, i + 1) if country else (None, i)

    def _longest(self, texts: list[str], i: int) -> tuple[int, dict[str, set[str]]] | None:
        best = None
        for tokens, kinds in self._entries.get(texts[i], {}).items():
            fits = i + len(tokens) <= len(texts) and all(texts[i + k] == t for k, t in enumerate(tokens))
            if fits and (best is None or len(tokens) > best[0]):
                best = (len(tokens), kinds)
        return best

    def match(self, doc: Doc) -> list[AliasMatch]:
        """Longest alias at each position, left to right, without overlaps."""
        matches, i = [], 0
        texts = [t.text for t in doc]
        ascii_texts = [text if text.isascii() else ascii_spelling(text) for text in texts]
        while i < len(doc):
            best = self._longest(texts, i)
            if best is None and ascii_texts[i : i + 4] != texts[i : i + 4]:
                best = self._longest(ascii_texts, i)
            if best:
                length, kinds = best
                kind = min(kinds, key=_PRIORITY.__getitem__)
                matches.append(AliasMatch(i, i + length, tuple(sorted(kinds[kind])), kind))
                i += length
            else:
                i += 1
        return matches


def _english_adjectives(kb: KnowledgeBase) -> dict[str, str]:
    """Nationality adjective -> state. countries.json gives "Bosnian, Herzegovinian" (one entry each)
    and shares some with dependencies ("Norwegian" for Svalbard): the UN member keeps it."""
    adjectives: dict[str, str] = {}
    for state in sorted(kb.states, key=lambda s: (s.get("un_member", False), s["id"])):
        for adjective in (state.get("adjective_en") or "").split(", "):
            if adjective:
                adjectives[adjective] = state["country"]
    for country, extra in EXTRA_ADJECTIVES_EN.items():
        adjectives.update(dict.fromkeys(extra, country))
    return adjectives


def _english_tokens(alias: str) -> tuple[str, ...]:
    """An alias as the English tokenizer splits it: "People's Republic" -> People, 's, Republic."""
    return tuple(re.sub(r"(\w)('s|')(?=\s|$)", r"\1 \2", alias).split())


@cache
def alias_index(lang: str) -> AliasIndex:
    return AliasIndex(load_kb(), lang)
