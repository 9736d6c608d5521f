"""Our own news treebank (src/lagebild/training/treebank): well-formed trees, the test part kept apart."""

from __future__ import annotations

import spacy

from lagebild.training.convert import NEWS_TREEBANK, read_news_treebank
from lagebild.training.data import read_conllu

UD_RELATIONS = {
    "acl", "advcl", "advmod", "amod", "appos", "aux", "aux:pass", "case", "cc", "ccomp", "compound",
    "compound:prt", "conj", "cop", "csubj", "csubj:pass", "dep", "det", "det:poss", "expl", "fixed", "flat",
    "mark", "nmod", "nsubj", "nsubj:pass", "nummod", "obj", "obl", "obl:agent", "obl:arg", "parataxis",
    "punct", "xcomp", "ROOT",
}  # fmt: skip


def _treebank(part: str):
    return read_news_treebank(part, spacy.blank("de").vocab)


def test_the_parts_hold_hundreds_of_sentences_and_the_test_part_shares_none():
    train, parser, test = _treebank("train"), _treebank("parser"), _treebank("test")
    assert len(train) >= 900 and len(parser) >= 1200 and len(test) >= 200
    assert not {d.text for d in train + parser} & {d.text for d in test}
    assert not {d.text for d in train} & {d.text for d in parser}


def test_every_sentence_is_one_tree_with_ud_relations_and_the_written_text():
    for part in ("train", "parser", "test"):
        for path in sorted((NEWS_TREEBANK / part).glob("*.conllu")):
            texts = [
                line.removeprefix("# text = ").strip()
                for line in path.read_text(encoding="utf-8").splitlines()
                if line.startswith("# text = ")
            ]
            docs = list(read_conllu(path, spacy.blank("de").vocab))
            assert [d.text.strip() for d in docs] == texts, path.name
            for doc in docs:
                roots = [t for t in doc if t.dep_ == "ROOT"]
                assert len(roots) == 1, doc.text
                assert {t.dep_ for t in doc} <= UD_RELATIONS, doc.text
                assert all(t.pos_ for t in doc), doc.text
