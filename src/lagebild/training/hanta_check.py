"""Measure the HanTa tagger (``pip install hanta``) against the held-out UD GSD test set.

HanTa predicts STTS tags; they are mapped to UPOS with the majority mapping observed in
*our training* UD data (GSD dev + PUD), then scored on GSD test with gold tokenisation.

    python -m lagebild.training.hanta_check [--data ../shared/data]
"""

from __future__ import annotations

import argparse
import time
from collections import Counter, defaultdict
from pathlib import Path

import spacy

from . import data as D

_HANTA_FIX = {"PROAV": "PAV", "NNI": "NN", "NNA": "NN"}


def hanta_stts(tag: str) -> str:
    """HanTa writes some STTS tags as ``VA(FIN)``/``ADJ(A)`` and has a few extra ones."""
    tag = tag.replace("(", "").replace(")", "")
    return _HANTA_FIX.get(tag, tag)


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[3].parent / "shared/data")
    a = p.parse_args()
    from HanTa import HanoverTagger as ht

    vocab = spacy.blank("de").vocab
    ud = a.data / "ud"
    counts: dict[str, Counter] = defaultdict(Counter)
    for name in ("de_gsd-ud-dev.conllu", "de_pud-ud-test.conllu"):
        for doc in D.read_conllu(ud / name, vocab):
            for t in doc:
                counts[t.tag_][t.pos_] += 1
    stts2upos = {tag: c.most_common(1)[0][0] for tag, c in counts.items()}
    tagger = ht.HanoverTagger("morphmodel_ger.pgz")
    test = list(D.read_conllu(ud / "de_gsd-ud-test.conllu", vocab))
    n = ok_upos = ok_stts = ok_lemma = 0
    t0 = time.perf_counter()
    preds = [tagger.tag_sent([t.text for t in doc], taglevel=1) for doc in test]
    dt = time.perf_counter() - t0
    for doc, pred in zip(test, preds, strict=True):
        for t, (_, lemma, tag) in zip(doc, pred, strict=True):
            tag = hanta_stts(tag)
            n += 1
            ok_stts += tag == t.tag_
            ok_upos += stts2upos.get(tag, "X") == t.pos_
            ok_lemma += lemma == t.lemma_
    print(
        f"HanTa on GSD test: {n} tokens, UPOS(mapped) {ok_upos / n:.4f}, "
        f"STTS {ok_stts / n:.4f}, lemma {ok_lemma / n:.4f}, {n / dt:.0f} words/s (1 core)"
    )


if __name__ == "__main__":
    main()
