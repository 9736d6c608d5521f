"""Command line: ``python -m lagebild.training {convert,ner,ud,parser,assemble,evaluate,all}``."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
CONFIGS = HERE / "configs"
MODEL_OUT = REPO / "src/lagebild/models/de_core"


def _single_thread() -> None:
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")


def _train(cfg: str, out: Path, train: Path, dev: Path, overrides: dict) -> None:
    from spacy.cli.train import train as spacy_train

    ov = {"paths.train": str(train), "paths.dev": str(dev), **overrides}
    spacy_train(CONFIGS / cfg, out, overrides=ov, use_gpu=-1)


def _pretrain(cfg: str, out: Path, overrides: dict, epochs: int) -> Path:
    """spaCy's character-objective tok2vec pretraining on the unlabelled raw text."""
    from spacy.training.pretrain import pretrain
    from spacy.util import load_config

    raw = load_config(
        CONFIGS / cfg, overrides={**overrides, "pretraining.max_epochs": epochs}, interpolate=False
    )
    out.mkdir(parents=True, exist_ok=True)
    pretrain(raw.interpolate(), out, use_gpu=-1, silent=False)
    return out / "model-last.bin"


def _augmented(train: Path, gazetteers: Path, n: int, train_share: float) -> Path:
    """Write ``train`` plus ``n`` mention-replacement copies next to it; return its path."""
    import random

    import spacy
    from spacy.tokens import DocBin

    from .augment import augment, build_pools
    from .convert import SEED

    vocab = spacy.blank("de").vocab
    docs = list(DocBin().from_disk(train).get_docs(vocab))
    pools = build_pools(docs, gazetteers, train_share=train_share)
    extra = augment(docs, n, pools, seed=SEED)
    mixed = docs + extra
    random.Random(SEED).shuffle(mixed)
    out = train.with_name(f"{train.stem}_aug{n}.spacy")
    DocBin(docs=mixed, store_user_data=False).to_disk(out)
    print(f"NER augmentation: {len(docs)} sentences + {len(extra)} copies -> {out}")
    return out


def main(argv: list[str] | None = None) -> int:
    _single_thread()
    p = argparse.ArgumentParser(prog="python -m lagebild.training", description=__doc__)
    p.add_argument("command", choices=["convert", "ner", "ud", "parser", "assemble", "evaluate", "all"])
    p.add_argument(
        "--data",
        type=Path,
        default=REPO.parent / "shared/data",
        help="the open data folder (default ../shared/data)",
    )
    p.add_argument(
        "--build",
        type=Path,
        default=REPO / "build/de_core",
        help="scratch dir for corpora and training output (git-ignored)",
    )
    p.add_argument("--out", type=Path, default=MODEL_OUT, help="where de_core is written")
    p.add_argument(
        "--pretrain-epochs",
        type=int,
        default=0,
        help="experimental, not used for the shipped model: epochs of character-"
        "objective tok2vec pretraining for NER on unlabelled text",
    )
    p.add_argument(
        "--ner-all-data",
        action="store_true",
        help="train NER on GermEval + Europarl + Legal-ER (default: GermEval only, "
        "which scored higher on the held-out dev split; see docs/models.md)",
    )
    p.add_argument(
        "--ner-augment",
        type=int,
        default=0,
        metavar="N",
        help="experimental: add N mention-replacement copies of the NER training sentences "
        "(entities swapped for other names of the class; see training/augment.py)",
    )
    p.add_argument(
        "--ner-augment-train-share",
        type=float,
        default=1.0,
        metavar="P",
        help="share of replacement names taken from the other training entities; the rest "
        "come from the gazetteers and the actor KB (default 1.0: training names only, "
        "which lost the least precision on the held-out dev split; see training/augment.py)",
    )
    p.add_argument(
        "--ner-width",
        type=int,
        default=None,
        help="experimental: override the width of the NER tok2vec (ner.cfg: 96)",
    )
    p.add_argument(
        "--without-news-treebank",
        action="store_true",
        help="ablation: train the syntax without our own news treebank (training/treebank/train and parser), "
        "as the model shipped until the thirteenth session was; see docs/models.md",
    )
    p.add_argument("--max-steps", type=int, default=None, help="override training.max_steps")
    a = p.parse_args(argv)
    build = a.build
    corpus = build / "corpus"
    ov = {} if a.max_steps is None else {"training.max_steps": a.max_steps}

    # an existing corpus may have been built for the other syntax variant: the marker says which
    news_parts: tuple[str, ...] = () if a.without_news_treebank else ("train",)
    # the parser learns from all our news trees; the tagger, morphologizer and lemmatizer only from train/,
    # because with the parser-only trees they misread capitalised adverbs and names (docs/models.md)
    with_parser = not a.without_news_treebank
    variant_marker = corpus / "ud_variant.txt"
    wanted_variant = "news-treebank:" + ",".join(news_parts)
    other_variant = not variant_marker.exists() or variant_marker.read_text() != wanted_variant
    if a.command in ("convert", "all") or (
        a.command in ("ner", "ud", "parser", "evaluate")
        and (not (corpus / "gsd_test.spacy").exists() or (a.command in ("ud", "parser") and other_variant))
    ):
        from .convert import convert_ner, convert_raw_text, convert_ud

        counts = {
            **convert_ner(a.data, build),
            **convert_ud(a.data, build, news_parts),
            **convert_raw_text(a.data, build),
        }
        if with_parser:
            counts.update(convert_ud(a.data, build, (*news_parts, "parser"), corpus_name="ud_train_parser"))
        variant_marker.write_text(wanted_variant)
        print(json.dumps(counts, indent=1))
    if a.command in ("ner", "all"):
        import lagebild.models.components  # noqa: F401  (registers the gazetteer layers)

        ner_ov = {
            **ov,
            "paths.gazetteers": str(a.data / "gazetteers"),
            "paths.raw_text": str(corpus / "raw_text.jsonl"),
        }
        if a.pretrain_epochs > 0:
            weights = _pretrain("ner.cfg", build / "pretrain", ner_ov, a.pretrain_epochs)
            ner_ov["paths.init_tok2vec"] = str(weights)
        if a.ner_width is not None:
            ner_ov["components.tok2vec.model.encode.width"] = a.ner_width
        train = corpus / ("ner_train.spacy" if a.ner_all_data else "ner_train_germeval.spacy")
        if a.ner_augment > 0:
            train = _augmented(train, a.data / "gazetteers", a.ner_augment, a.ner_augment_train_share)
        _train("ner.cfg", build / "ner", train, corpus / "ner_dev.spacy", ner_ov)
    if a.command in ("ud", "all"):
        _train("ud.cfg", build / "ud", corpus / "ud_train.spacy", corpus / "ud_dev.spacy", ov)
    if a.command in ("parser", "all") and with_parser:
        _train("ud.cfg", build / "parser", corpus / "ud_train_parser.spacy", corpus / "ud_dev.spacy", ov)
    if a.command in ("assemble", "all"):
        from .assemble import assemble

        parser_model = build / "parser/model-best" if with_parser else None
        assemble(build / "ud/model-best", build / "ner/model-best", a.out, parser_model)
    if a.command in ("evaluate", "all"):
        from .evaluate import evaluate

        scores = evaluate(a.out, corpus)
        print(json.dumps(scores, indent=1))
        (build / "scores.json").write_text(json.dumps(scores, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
