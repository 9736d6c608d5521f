"""Readers that turn the open corpora into spaCy ``Doc`` objects / DocBin files.

* GermEval 2014 (NoSta-D): outer label column only; ``OTH`` -> ``MISC``;
  ``*deriv`` and ``*part`` labels are not entities (-> O).
* Europarl German NER (Faruqui & Padó 2010): IO tags -> spans (adjacent tokens with the
  same type form one span).  Europarl follows CoNLL-2003 and marks nationality adjectives
  (``europäischen``) as MISC; GermEval calls these ``LOCderiv`` (not an entity), so MISC
  spans made only of lower-case words are dropped to O.
* Legal-ER (Leitner et al.): fine classes mapped to PER/LOC/ORG; the legal classes
  (norms, regulations, court decisions, literature, brands) have no counterpart and are
  marked *missing* (neither entity nor O), so they do not teach the model anything.
* UD German (CoNLL-U): multi-word tokens (``zum`` = ``zu dem``) are merged back into one
  surface token, because spaCy's German tokenizer does not split them.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

NER_LABELS = ("PER", "ORG", "LOC", "MISC")

# Europarl (TreeTagger-style STTS) -> STTS as used in UD German GSD
STTS_FIX = {"PROAV": "PAV"}

LER_MAP = {
    # persons, judges, lawyers
    "PER": "PER",
    "RR": "PER",
    "AN": "PER",
    # countries, cities, streets, landscapes
    "LD": "LOC",
    "ST": "LOC",
    "STR": "LOC",
    "LDS": "LOC",
    # organisations, companies, institutions, courts
    "ORG": "ORG",
    "UN": "ORG",
    "INN": "ORG",
    "GRT": "ORG",
}


# ---------------------------------------------------------------- generic BIO helpers
def _bio_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, label) from BIO tags; an I- after O or another type starts a span."""
    spans: list[tuple[int, int, str]] = []
    start, label = None, None
    for i, tag in enumerate([*tags, "O"]):
        if tag == "O" or tag.startswith("B-") or (tag.startswith("I-") and tag[2:] != label):
            if start is not None:
                spans.append((start, i, label))
                start, label = None, None
            if tag != "O":
                start, label = i, tag[2:]
    return spans


def _io_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    spans: list[tuple[int, int, str]] = []
    start, label = None, None
    for i, tag in enumerate([*tags, "O"]):
        cur = None if tag == "O" else tag.split("-", 1)[-1]
        if cur != label:
            if label is not None:
                spans.append((start, i, label))
            start, label = i, cur
    return spans


def _doc(vocab: Vocab, words: list[str], spans, missing=()) -> Doc:
    doc = Doc(vocab, words=words)
    ents = [Span(doc, s, e, label=lab) for s, e, lab in spans]
    miss = [Span(doc, s, e) for s, e in missing]
    doc.set_ents(ents, missing=miss, default="outside")
    return doc


# ---------------------------------------------------------------- GermEval 2014
def _germeval_label(tag: str) -> str:
    if tag == "O" or tag.endswith("deriv") or tag.endswith("part"):
        return "O"
    prefix, label = tag.split("-", 1)
    return f"{prefix}-{'MISC' if label == 'OTH' else label}"


def read_germeval(path: Path, vocab: Vocab) -> Iterator[Doc]:
    words: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.startswith("#\t") or line.startswith("# "):
                continue
            if not line.strip():
                if words:
                    yield _doc(vocab, words, _bio_spans(tags))
                words, tags = [], []
                continue
            cols = line.split("\t")
            words.append(cols[1])
            tags.append(_germeval_label(cols[2]))
    if words:
        yield _doc(vocab, words, _bio_spans(tags))


# ---------------------------------------------------------------- Europarl
def europarl_sentences(path: Path) -> Iterator[list[list[str]]]:
    """The rows (token, lemma, STTS tag, chunk, IO tag) of each sentence of a Europarl NER file."""
    rows: list[list[str]] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 5 or not cols[0]:
                if rows:
                    yield rows
                rows = []
                continue
            rows.append(cols)
    if rows:
        yield rows


def read_europarl(path: Path, vocab: Vocab) -> Iterator[Doc]:
    for rows in europarl_sentences(path):
        words = [cols[0] for cols in rows]
        spans = [
            (s, e, lab)
            for s, e, lab in _io_spans([cols[4] for cols in rows])
            # a lower-case MISC is a nationality adjective: not an entity in GermEval terms
            if not (lab == "MISC" and all(w[:1].islower() for w in words[s:e]))
        ]
        yield _doc(vocab, words, spans)


# Europarl lemmas are TreeTagger-style; they agree with UD German for these word classes
# (articles are "d", pronouns ambiguous "er|es|sie": those stay missing).
EUROPARL_LEMMA_TAGS = {
    "NN",
    "NE",
    "ADJA",
    "ADJD",
    "ADV",
    "VVFIN",
    "VVINF",
    "VVPP",
    "VVIZU",
    "VVIMP",
    "VAFIN",
    "VAINF",
    "VAPP",
    "VMFIN",
    "VMINF",
    "APPR",
    "KON",
    "KOUS",
    "CARD",
}


def read_europarl_tags(path: Path, vocab: Vocab) -> Iterator[Doc]:
    """Europarl tokens with their STTS tags and (some) lemmas: no UPOS/morph/deps."""
    for rows in europarl_sentences(path):
        tags = [STTS_FIX.get(cols[2], cols[2]) for cols in rows]
        doc = Doc(vocab, words=[cols[0] for cols in rows], tags=tags)
        for token, tag, cols in zip(doc, tags, rows, strict=True):
            lemma = cols[1]
            if tag in EUROPARL_LEMMA_TAGS and "|" not in lemma and "<" not in lemma and lemma:
                token.lemma_ = lemma
        yield doc


# ---------------------------------------------------------------- Legal-ER
def legal_sentences(path: Path) -> Iterator[list[tuple[str, str]]]:
    """The (token, BIO tag) pairs of each sentence of a Legal-ER CoNLL file."""
    pairs: list[tuple[str, str]] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").rsplit(" ", 1)
            if len(parts) != 2 or not parts[0]:
                if pairs:
                    yield pairs
                pairs = []
                continue
            pairs.append((parts[0], parts[1]))
    if pairs:
        yield pairs


def read_legal(
    path: Path, vocab: Vocab, keep_other: float = 0.1, rng: random.Random | None = None
) -> Iterator[Doc]:
    """Sentences with a mapped entity are kept; the rest only with prob. ``keep_other``."""
    rng = rng or random.Random(0)
    for pairs in legal_sentences(path):
        spans, missing = [], []
        for s, e, lab in _bio_spans([tag for _, tag in pairs]):
            if lab in LER_MAP:
                spans.append((s, e, LER_MAP[lab]))
            else:
                missing.append((s, e))
        if spans or rng.random() < keep_other:
            yield _doc(vocab, [word for word, _ in pairs], spans, missing)


# ---------------------------------------------------------------- UD CoNLL-U
def _merge_feats(feats: Iterable[str]) -> str:
    out: dict[str, str] = {}
    for f in feats:
        if f in ("_", ""):
            continue
        for kv in f.split("|"):
            k, v = kv.split("=", 1)
            out.setdefault(k, v)
    return "|".join(f"{k}={out[k]}" for k in sorted(out, key=str.lower))


def _conllu_sentence(vocab: Vocab, lines: list[str]) -> Doc:
    rows = [ln.split("\t") for ln in lines if not ln.startswith("#")]
    ranges = {}
    words_rows = []
    for r in rows:
        if "-" in r[0]:
            a, b = (int(x) for x in r[0].split("-"))
            ranges[a] = (b, r)
        elif "." not in r[0]:
            words_rows.append(r)
    by_id = {int(r[0]): r for r in words_rows}
    # surface tokens: (form, [ud ids], spaceafter)
    tokens = []
    i = 1
    n = len(words_rows)
    while i <= n:
        if i in ranges:
            b, r = ranges[i]
            tokens.append((r[1], list(range(i, b + 1)), "SpaceAfter=No" not in r[9]))
            i = b + 1
        else:
            r = by_id[i]
            tokens.append((r[1], [i], "SpaceAfter=No" not in r[9]))
            i += 1
    id2tok = {uid: t for t, (_, ids, _) in enumerate(tokens) for uid in ids}
    words, spaces, pos, tags, morphs, lemmas, heads, deps = [], [], [], [], [], [], [], []
    for t, (form, ids, sp) in enumerate(tokens):
        # the "main" subtoken is the one whose head lies outside the group
        main = next((u for u in ids if int(by_id[u][6]) not in ids), ids[0])
        r = by_id[main]
        words.append(form)
        spaces.append(sp)
        pos.append(r[3])
        tags.append(r[4] if len(ids) == 1 else ("APPRART" if r[3] == "ADP" else r[4]))
        morphs.append(_merge_feats(by_id[u][5] for u in ids))
        lemmas.append(r[2])
        h = int(r[6])
        heads.append(t if h == 0 else id2tok[h])
        deps.append("ROOT" if h == 0 else r[7])
    return Doc(
        vocab,
        words=words,
        spaces=spaces,
        pos=pos,
        tags=tags,
        morphs=morphs,
        lemmas=lemmas,
        heads=heads,
        deps=deps,
        sent_starts=[True] + [False] * (len(words) - 1),
    )


def read_conllu(path: Path, vocab: Vocab) -> Iterator[Doc]:
    lines: list[str] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line:
                if lines:
                    yield _conllu_sentence(vocab, lines)
                lines = []
            else:
                lines.append(line)
    if lines:
        yield _conllu_sentence(vocab, lines)


def group_docs(docs: list[Doc], n: int) -> list[Doc]:
    """Concatenate ``n`` consecutive sentences into one Doc (the parser then sees
    several sentences per document, as at run time)."""
    return [Doc.from_docs(docs[i : i + n]) for i in range(0, len(docs), n)]
