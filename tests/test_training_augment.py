"""Mention-replacement augmentation of the NER training data (lagebild.training.augment):
the copies keep every word outside the entities, the entity labels and order, and their
token and character offsets agree after a round trip through a DocBin on disk."""

from __future__ import annotations

import random

import spacy
from spacy.tokens import Doc, DocBin, Span

from lagebild.training.augment import augment, augment_doc, build_pools

# (words, entities as (start, end, label)); our own sentences
SENTENCES = [
    (
        ["Die", "Rede", "Merkels", "in", "Paris", "wurde", "gelobt", "."],
        [(2, 3, "PER"), (4, 5, "LOC")],
    ),
    (
        ["Olaf", "Scholz", "traf", "Vertreter", "der", "Lufthansa", "in", "Dresden", "."],
        [(0, 2, "PER"), (5, 6, "ORG"), (7, 8, "LOC")],
    ),
    (
        ["Der", "Tatort", "lief", "am", "Sonntag", "im", "Ersten", "."],
        [(1, 2, "MISC"), (6, 7, "ORG")],
    ),
    (["Sie", "wohnte", "bei", "Steinbrücks", "."], [(3, 4, "PER")]),
    (["Am", "Abend", "regnete", "es", "."], []),
]


def _gazetteers(tmp_path):
    lists = {
        "personennamen.list": ["Merkel", "Steinbrück", "Weidemann", "Klaus"],
        "stadtnamen.list": ["Görlitz", "Bad Hersfeld", "Zwickau"],
        "laendernamen.list": ["Norwegen", "Syrien, Arabische Republik"],
        "firmennamen.list": ["Bäckerei Hollmann", "Stadtwerke 24", "Kranich Logistik"],
    }
    for name, lines in lists.items():
        (tmp_path / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path


def _docbin_docs(tmp_path):
    vocab = spacy.blank("de").vocab
    docs = []
    for words, ents in SENTENCES:
        doc = Doc(vocab, words=words)
        doc.set_ents([Span(doc, s, e, label=lab) for s, e, lab in ents], default="outside")
        docs.append(doc)
    path = tmp_path / "train.spacy"
    DocBin(docs=docs).to_disk(path)
    return list(DocBin().from_disk(path).get_docs(vocab))


def _outside_words(doc):
    return [t.text for t in doc if t.ent_iob_ == "O"]


def test_copies_keep_context_labels_and_offsets(tmp_path):
    docs = _docbin_docs(tmp_path)
    # half of the names from the gazetteers and the KB, half from the other sentences
    pools = build_pools(docs, _gazetteers(tmp_path), train_share=0.5)
    copies = augment(docs, 3, pools, seed=7)
    # only sentences with entities are copied, at most once per round
    assert 0 < len(copies) <= 3 * 4
    path = tmp_path / "aug.spacy"
    DocBin(docs=copies).to_disk(path)
    reloaded = list(DocBin().from_disk(path).get_docs(spacy.blank("de").vocab))
    originals = {tuple(_outside_words(d)): d for d in docs if d.ents}
    train_names = {e.text for d in docs for e in d.ents}
    replaced = from_lists = 0
    for new in reloaded:
        orig = originals[tuple(_outside_words(new))]
        assert [e.label_ for e in new.ents] == [e.label_ for e in orig.ents]
        for ent, old in zip(new.ents, orig.ents, strict=True):
            assert new.text[ent.start_char : ent.end_char] == ent.text
            assert new.char_span(ent.start_char, ent.end_char, label=ent.label_) == ent
            assert ent.text.split() == [t.text for t in ent]
            replaced += ent.text != old.text
            from_lists += ent.text not in train_names
        assert new.text.endswith(" . ")
    assert replaced > 0 and from_lists > 0


def test_genitive_s_is_carried_over_but_not_after_a_preposition(tmp_path):
    docs = _docbin_docs(tmp_path)
    pools = build_pools(docs, _gazetteers(tmp_path))
    pools.train_share = 0.5
    rede, bei = docs[0], docs[3]
    rng = random.Random(0)
    seen_gen = seen_plain = 0
    for _ in range(30):
        new = augment_doc(rede, pools, rng)
        if new is not None and new.ents[0].text != "Merkels":
            # "die Rede Merkels": a genitive, so the new name gets the -s ...
            last = new.ents[0][-1].text
            assert last.endswith("s") and last[:-1] in pools.known_words
            assert not last[:-1].endswith(("s", "x", "z", "ß"))  # ... never "Klauss"
            seen_gen += 1
        new = augment_doc(bei, pools, rng)
        if new is not None and new.ents[0].text != "Steinbrücks":
            # "bei Steinbrücks" (the family): after a preposition, no -s is added
            assert new.ents[0][-1].text in pools.known_words
            seen_plain += 1
    assert seen_gen > 0 and seen_plain > 0
