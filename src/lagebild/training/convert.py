"""Convert the open corpora to DocBin files under the build directory."""

from __future__ import annotations

import random
from pathlib import Path

import spacy
from spacy.tokens import DocBin

from . import data as D

SEED = 42
# Our own political-news sentences, hand-annotated in the UD German GSD conventions (docs/models.md).
# `test/` is never trained on: it measures parsing of the text the event coder reads.
NEWS_TREEBANK = Path(__file__).resolve().parent / "treebank"


def _save(docs, path: Path) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    DocBin(docs=docs, store_user_data=False).to_disk(path)
    return len(docs)


def convert_ner(data_dir: Path, build: Path) -> dict[str, int]:
    nlp = spacy.blank("de")
    v = nlp.vocab
    rng = random.Random(SEED)
    ner = data_dir / "ner"
    germeval = list(D.read_germeval(ner / "germeval2014/NER-de-dev.tsv", v))
    rng.shuffle(germeval)
    n_dev = 330  # ~15 % of GermEval dev held out for early stopping
    ge_dev, ge_train = germeval[:n_dev], germeval[n_dev:]
    europarl = list(D.read_europarl(ner / "europarl-de/train.tsv", v))
    europarl += list(D.read_europarl(ner / "europarl-de/dev.tsv", v))
    # Europarl's own test split is not our benchmark (GermEval test is), so it trains too
    europarl += list(D.read_europarl(ner / "europarl-de/test.tsv", v))
    legal = []
    lrng = random.Random(SEED)
    for name in ("ler_dev.conll", "ler_test.conll"):
        legal += list(D.read_legal(ner / "legal-de" / name, v, keep_other=0.1, rng=lrng))
    # GermEval (Wikipedia + news) is closest to our input: give it twice the weight
    train = ge_train * 2 + europarl + legal
    rng.shuffle(train)
    counts = {
        "ner_train": _save(train, build / "corpus/ner_train.spacy"),
        "ner_train_germeval_only": _save(ge_train, build / "corpus/ner_train_germeval.spacy"),
        "ner_dev": _save(ge_dev, build / "corpus/ner_dev.spacy"),
        "germeval_test": _save(
            list(D.read_germeval(ner / "germeval2014/NER-de-test.tsv", v)),
            build / "corpus/germeval_test.spacy",
        ),
        "ner_train_germeval": len(ge_train),
        "ner_train_europarl": len(europarl),
        "ner_train_legal": len(legal),
    }
    return counts


def convert_ud(
    data_dir: Path, build: Path, news_parts: tuple[str, ...] = ("train",), corpus_name: str = "ud_train"
) -> dict[str, int]:
    """Write the syntax corpora: ``corpus_name``.spacy (GSD dev + PUD, Europarl tags, the news treebank's
    ``news_parts``), the dev split and the GSD test split."""
    nlp = spacy.blank("de")
    v = nlp.vocab
    ud = data_dir / "ud"
    sents = list(D.read_conllu(ud / "de_gsd-ud-dev.conllu", v))
    pud = list(D.read_conllu(ud / "de_pud-ud-test.conllu", v))
    for doc in pud:  # PUD's XPOS column is not STTS (Penn-style tags): leave tags missing
        for t in doc:
            t.tag_ = ""
    sents += pud
    rng = random.Random(SEED)
    rng.shuffle(sents)
    n_dev = 150
    dev, train = sents[:n_dev], sents[n_dev:]
    # the dev split stays GSD + PUD only, so model selection is comparable with the shipped model
    news = [doc for part in news_parts for doc in read_news_treebank(part, v)]
    train += news
    test = list(D.read_conllu(ud / "de_gsd-ud-test.conllu", v))
    # Europarl's STTS tags (~110k tokens) train the STTS tagger; through the shared
    # tok2vec they also help UPOS/morphology/parsing (multi-task).  No other layers.
    europarl = []
    for name in ("train.tsv", "dev.tsv", "test.tsv"):
        europarl += list(D.read_europarl_tags(data_dir / "ner/europarl-de" / name, v))
    ud_train = D.group_docs(train, 5) + D.group_docs(europarl, 5)
    rng.shuffle(ud_train)
    return {
        corpus_name: _save(ud_train, build / f"corpus/{corpus_name}.spacy"),
        "ud_train_europarl_sents": len(europarl),
        f"{corpus_name}_sents": len(train),
        f"{corpus_name}_news_sents": len(news),
        "ud_dev": _save(dev, build / "corpus/ud_dev.spacy"),
        "gsd_test": _save(test, build / "corpus/gsd_test.spacy"),
    }


def read_news_treebank(part: str, vocab) -> list:
    return [
        doc for path in sorted((NEWS_TREEBANK / part).glob("*.conllu")) for doc in D.read_conllu(path, vocab)
    ]


def convert_raw_text(data_dir: Path, build: Path) -> dict[str, int]:
    """Unlabelled German sentences for tok2vec pretraining (JSONL ``{"text": ...}``).

    Only training-side text: Legal-ER, Europarl, UD GSD dev + PUD, GePaDe (CC0) and the
    SpkAtt Bundestag speeches.  Never GermEval (its dev hold-out and test are evaluation
    data) and never GSD test; never the non-commercial 10kGNAD news.
    """
    import json

    sents: list[str] = []
    for name in ("ler_dev.conll", "ler_test.conll"):
        sents += [
            " ".join(word for word, _ in pairs)
            for pairs in D.legal_sentences(data_dir / "ner/legal-de" / name)
        ]
    for name in ("train.tsv", "dev.tsv", "test.tsv"):
        sents += [
            " ".join(cols[0] for cols in rows)
            for rows in D.europarl_sentences(data_dir / "ner/europarl-de" / name)
        ]
    for name in ("de_gsd-ud-dev.conllu", "de_pud-ud-test.conllu"):
        with open(data_dir / "ud" / name, encoding="utf-8") as fh:
            sents += [ln[len("# text = ") :].strip() for ln in fh if ln.startswith("# text = ")]
    gepade = data_dir / "quotes/gepade/dev.json"
    if gepade.exists():
        for v in json.loads(gepade.read_text(encoding="utf-8")).values():
            sents.append(" ".join(v["words"]))
    for f in sorted((data_dir / "quotes/spkatt-2023/data").glob("*/task1/*.json")):
        for s in json.loads(f.read_text(encoding="utf-8"))["Sentences"]:
            sents.append(" ".join(s["Tokens"]))
    rng = random.Random(SEED)
    rng.shuffle(sents)
    out = build / "corpus/raw_text.jsonl"
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as fh:
        for s in sents:
            if len(s.split()) >= 4:
                fh.write(json.dumps({"text": s}, ensure_ascii=False) + "\n")
    return {"raw_sentences": len(sents), "raw_words": sum(len(s.split()) for s in sents)}
