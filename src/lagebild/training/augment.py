"""Mention-replacement augmentation for the German NER training data.

With only ~1,900 GermEval training sentences the NER model sees few distinct names and
misses unseen ones (low recall).  An augmented copy of a sentence keeps every word outside
the entities and replaces each entity span by another name of the same class, so the
model learns the *contexts* of names instead of memorising the names themselves.

Replacement names come from

* the other training entities of the class (all four classes; the only source for MISC),
* the gazetteers in ``../shared/data/gazetteers``: surnames (GermaNER, ASL 2.0) -> PER,
  German cities (OSM, CC BY-SA 2.0) and state names (Auswärtiges Amt, amtliches Werk)
  -> LOC, company names (OSM, CC BY-SA 2.0) -> ORG,
* the actor KB (``lagebild/kb/actors.json.gz``): persons -> PER, states -> LOC,
  organisations (IGOs, parties, companies, ...) -> ORG.

Inflection: German names form the genitive with a bare ``-s`` (``Merkels``).  When an
entity looks like such a genitive (its last word minus the ``s`` is a known name, the word
itself is not), the replacement gets the ``-s`` too; a replacement that already ends in a
sibilant (``Klaus``) cannot carry it and another one is drawn.
"""

from __future__ import annotations

import gzip
import json
import random
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import spacy
from spacy.tokens import Doc, Span

from lagebild.kb.store import KB_PATH

from .data import NER_LABELS

# share of replacements drawn from the training entities of the same class; the rest
# come from the gazetteers and the KB (MISC has no external list).  On the held-out
# GermEval dev split list names raised recall but cost more precision (shares 0.4 and
# 0.7 both lost precision), so by default only training names are swapped.
TRAIN_SHARE = 1.0
# probability that one entity in an augmented copy is replaced (some keep their name,
# so a copy still mixes known and new names as real text does)
REPLACE_PROB = 0.9
# probability to keep the length bucket (one word / several words) of the original
SAME_LENGTH_PROB = 0.75
_SIBILANT = ("s", "x", "z", "ß")
# a name right after one of these is in the dative/accusative, not a genitive ("in Reims")
_NON_GEN_PREPS = {
    "in", "im", "aus", "nach", "von", "vom", "bei", "beim", "mit", "zu", "zum", "zur",
    "für", "über", "gegen", "um", "an", "am", "auf", "vor", "hinter", "durch", "ohne",
    "seit", "ab", "bis", "unter", "zwischen", "neben",
}  # fmt: skip
_KB_ORG_TYPES = {"IGO", "party", "company", "armed group", "legislature", "military", "media"}
_ORG_CONNECTORS = {"und", "&", "der", "des", "für", "von", "de", "of", "the"}
_MAX_WORDS = 4

Name = tuple[str, ...]


@dataclass
class NamePools:
    """Candidate names per label, split into one-word and multi-word names."""

    train: dict[str, list[list[Name]]] = field(default_factory=dict)
    external: dict[str, list[list[Name]]] = field(default_factory=dict)
    first_names: list[str] = field(default_factory=list)
    known_words: set[str] = field(default_factory=set)  # words of all names
    listed_words: set[str] = field(default_factory=set)  # words of gazetteer/KB names
    train_share: float = TRAIN_SHARE


def _bucket(names: Iterable[Name]) -> list[list[Name]]:
    uniq = sorted(set(names))
    return [[n for n in uniq if len(n) == 1], [n for n in uniq if len(n) > 1]]


def _clean(name: str, tokenizer) -> Name | None:
    """Tokenise a list entry like running text; drop noisy entries (digits, lower-case
    words other than connectors, very long names)."""
    words = tuple(t.text for t in tokenizer(name.strip()))
    if not words or len(words) > _MAX_WORDS or not words[0][:1].isupper():
        return None
    for w in words:
        if any(c.isdigit() for c in w) or (w[:1].islower() and w not in _ORG_CONNECTORS):
            return None
    return words


def _read_list(path: Path) -> list[str]:
    with open(path, encoding="utf-8") as fh:
        return [ln.strip() for ln in fh if ln.strip() and not ln.startswith("#")]


def _kb_names(kb_path: Path) -> dict[str, list[str]]:
    with gzip.open(kb_path, "rt", encoding="utf-8") as fh:
        actors = json.load(fh)["actors"]
    out: dict[str, list[str]] = {"PER": [], "LOC": [], "ORG": []}
    for a in actors:
        label = {"person": "PER", "state": "LOC"}.get(a["type"])
        if label is None and a["type"] in _KB_ORG_TYPES:
            label = "ORG"
        if label is None:
            continue  # "Regierung (Angola)" etc. are descriptions, not names in text
        for name in {a["name_de"], *a.get("aliases_de", [])}:
            if name and "(" not in name and not name.startswith("~"):
                out[label].append(name)
    return out


def build_pools(
    train_docs: Iterable[Doc],
    gazetteer_dir: Path,
    kb_path: Path = KB_PATH,
    train_share: float = TRAIN_SHARE,
) -> NamePools:
    tokenizer = spacy.blank("de").tokenizer
    train: dict[str, list[Name]] = {lab: [] for lab in NER_LABELS}
    # capitalised words that the training text uses outside entities ("Koch", "Sommer",
    # "Zentrum"): list names made of them would teach the model that nouns are names
    outside: set[str] = set()
    for doc in train_docs:
        for ent in doc.ents:
            train[ent.label_].append(tuple(t.text for t in ent))
        outside.update(t.text for t in doc if t.ent_iob_ == "O" and t.text[:1].isupper())
    external: dict[str, list[str]] = {
        "PER": _read_list(gazetteer_dir / "personennamen.list"),
        "LOC": _read_list(gazetteer_dir / "stadtnamen.list")
        # "Syrien, Arabische Republik": inverted official forms are not running text
        + [n for n in _read_list(gazetteer_dir / "laendernamen.list") if "," not in n],
        "ORG": _read_list(gazetteer_dir / "firmennamen.list"),
    }
    for label, names in _kb_names(kb_path).items():
        external[label] += names
    ext_clean = {
        lab: [c for c in (_clean(n, tokenizer) for n in names) if c and outside.isdisjoint(c)]
        for lab, names in external.items()
    }
    per_names = train["PER"] + ext_clean["PER"]
    first = sorted({n[0] for n in per_names if len(n) > 1 and n[0].isalpha()})
    listed = {w for names in ext_clean.values() for n in names for w in n}
    # training entities include genitive forms ("Merkels"), so only the lists tell
    # whether a full form ending in -s is itself a name ("Paris", "Klaus")
    known = listed | {w for names in train.values() for n in names for w in n}
    return NamePools(
        train={lab: _bucket(v) for lab, v in train.items()},
        external={lab: _bucket(v) for lab, v in ext_clean.items()},
        first_names=first,
        known_words=known,
        listed_words=listed,
        train_share=train_share,
    )


def _is_genitive(ent: Span, pools: NamePools) -> bool:
    word = ent[-1].text
    stem = word[:-1]
    before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    return (
        before not in _NON_GEN_PREPS
        and word.endswith("s")
        and len(stem) >= 3
        and not stem.endswith(_SIBILANT)
        and stem in pools.known_words
        and word not in pools.listed_words
    )


def _draw(label: str, n_words: int, pools: NamePools, rng: random.Random) -> Name | None:
    bucket = 0 if n_words == 1 else 1
    if rng.random() > SAME_LENGTH_PROB:
        bucket = 1 - bucket
    use_train = label not in pools.external or rng.random() < pools.train_share
    source = pools.train if use_train else pools.external
    candidates = source[label][bucket]
    if not candidates and label == "PER" and bucket == 1 and pools.first_names:
        candidates = source[label][0]  # a surname; a first name is put in front below
    if not candidates:
        candidates = source[label][1 - bucket]
    if not candidates:
        return None
    name = rng.choice(candidates)
    if label == "PER" and bucket == 1 and len(name) == 1 and pools.first_names:
        name = (rng.choice(pools.first_names), *name)
    return name


def _replacement(ent: Span, pools: NamePools, rng: random.Random) -> Name | None:
    genitive = _is_genitive(ent, pools)
    for _ in range(5):
        name = _draw(ent.label_, len(ent), pools, rng)
        if name is None:
            return None
        if not genitive:
            return name
        if not name[-1].endswith(_SIBILANT):
            return (*name[:-1], name[-1] + "s")
    return None


def augment_doc(doc: Doc, pools: NamePools, rng: random.Random) -> Doc | None:
    """One copy of ``doc`` with (most) entities replaced; None if nothing was replaced."""
    words: list[str] = []
    spaces: list[bool] = []
    spans: list[tuple[int, int, str]] = []
    missing: list[int] = []  # tokens with no NER annotation (Legal-ER's legal classes)
    changed = False
    i = 0
    ents = {e.start: e for e in doc.ents}
    while i < len(doc):
        ent = ents.get(i)
        if ent is None:
            if doc[i].ent_iob == 0:
                missing.append(len(words))
            words.append(doc[i].text)
            spaces.append(bool(doc[i].whitespace_))
            i += 1
            continue
        name = _replacement(ent, pools, rng) if rng.random() < REPLACE_PROB else None
        if name is None:
            name = tuple(t.text for t in ent)
        else:
            changed = True
        start = len(words)
        words.extend(name)
        spaces.extend([True] * (len(name) - 1) + [bool(ent[-1].whitespace_)])
        spans.append((start, len(words), ent.label_))
        i = ent.end
    if not changed:
        return None
    new = Doc(doc.vocab, words=words, spaces=spaces)
    new.set_ents(
        [Span(new, s, e, label=lab) for s, e, lab in spans],
        missing=[Span(new, j, j + 1) for j in missing],
        default="outside",
    )
    return new


def augment(docs: list[Doc], n: int, pools: NamePools, seed: int = 42) -> list[Doc]:
    """``n`` augmented copies of every sentence that has an entity (originals excluded)."""
    rng = random.Random(seed)
    out: list[Doc] = []
    for _ in range(n):
        for doc in docs:
            if doc.ents:
                new = augment_doc(doc, pools, rng)
                if new is not None:
                    out.append(new)
    return out
