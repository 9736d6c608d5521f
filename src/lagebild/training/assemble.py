"""Assemble ``de_core`` from the separately trained syntax and NER pipelines.

Result (tokenizer = spaCy's default German tokenizer, as ``spacy.blank("de")``)::

    tok2vec -> tagger -> morphologizer -> trainable_lemmatizer -> parser -> ner
    -> lemma_propn_gen

``ner`` carries its own internal copy of the NER tok2vec (``replace_listeners``), so it
does not depend on the syntax tok2vec; so does ``parser`` when it comes from the separately trained
parser pipeline (all our news trees), while tagger, morphologizer and lemmatizer share the syntax tok2vec.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import spacy

import lagebild.models.components  # noqa: F401  (registers lagebild_propn_genitive_lemma)

META = {
    "name": "core",
    "version": "0.1.0",
    "description": (
        "lagebild German pipeline trained only from open data, no static vectors. STTS tags, "
        "UPOS/morphology, lemmas and dependencies from UD German GSD (dev) + PUD, with "
        "Europarl STTS tags and lemmas as extra tagger/lemmatizer data; NER (PER/ORG/LOC/MISC) "
        "from GermEval 2014 dev (by default; `--ner-all-data` adds Europarl NER and Legal-ER) "
        "with gazetteer features.  See docs/models.md."
    ),
    "author": "lagebild",
    "license": (
        "CC BY-SA 4.0 (inherits UD GSD CC BY-SA 4.0, UD PUD CC BY-SA 3.0, OSM-derived "
        "gazetteers CC BY-SA 2.0; attribution GermEval 2014 CC BY 4.0, GermaNER ASL 2.0; "
        "Europarl NER: research release, no licence stated). See docs/models.md."
    ),
    "sources": [
        {"name": "UD German GSD (dev split)", "license": "CC BY-SA 4.0"},
        {"name": "UD German PUD", "license": "CC BY-SA 3.0"},
        {"name": "GermEval 2014 NER (dev split)", "license": "CC BY 4.0"},
        {
            "name": "Europarl German NER (Faruqui & Padó 2010): STTS tags and lemmas",
            "license": "research release, no licence stated",
        },
        {"name": "GermaNER surname list", "license": "ASL 2.0"},
        {
            "name": "German city and company names from OpenStreetMap (datendieter.de)",
            "license": "CC BY-SA 2.0",
        },
        {"name": "Staatennamen (Auswärtiges Amt)", "license": "amtliches Werk (§5 UrhG)"},
    ],
}


def _drop_build_paths(cfg, pipe_configs) -> None:
    """Remove machine-specific paths from the shipped config: training corpora and the
    gazetteer folder (the gazetteer table itself is stored in the NER weights)."""
    for key in ("train", "dev"):
        if key in cfg.get("paths", {}):
            cfg["paths"][key] = None

    def walk(node):
        if isinstance(node, dict):
            for k, v in node.items():
                if k == "gazetteer_dir":
                    node[k] = None
                else:
                    walk(v)

    walk(cfg.get("components", {}))
    for pipe_cfg in pipe_configs.values():
        walk(pipe_cfg)


def assemble(ud_model: Path, ner_model: Path, out: Path, parser_model: Path | None = None) -> None:
    nlp = spacy.load(ud_model)  # its tokenizer is the default German one (spacy.blank("de"))
    if parser_model is not None:
        _replace_parser(nlp, spacy.load(parser_model))
    ner = spacy.load(ner_model)
    ner.replace_listeners("tok2vec", "ner", ["model.tok2vec"])
    nlp.add_pipe("ner", source=ner)
    nlp.add_pipe("lagebild_propn_genitive_lemma", name="lemma_propn_gen", last=True)
    _drop_build_paths(nlp._config, nlp._pipe_configs)
    nlp.meta.update(META)
    # news articles are long: small default batches keep the peak memory low
    nlp.batch_size = 16
    nlp._config["nlp"]["batch_size"] = 16
    if out.exists():
        shutil.rmtree(out)
    nlp.to_disk(out)
    size = sum(f.stat().st_size for f in out.rglob("*") if f.is_file())
    print(f"wrote {out} ({size / 1e6:.1f} MB): {nlp.pipe_names}")


def _replace_parser(nlp, parser_pipeline) -> None:
    """Put ``parser_pipeline``'s parser, with its own copy of its tok2vec, in place of ``nlp``'s."""
    parser_pipeline.replace_listeners("tok2vec", "parser", ["model.tok2vec"])
    following = nlp.pipe_names[nlp.pipe_names.index("parser") + 1 :]
    nlp.remove_pipe("parser")
    nlp.add_pipe("parser", source=parser_pipeline, before=following[0] if following else None)
