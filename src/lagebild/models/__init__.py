"""Trained models shipped with lagebild (built by ``python -m lagebild.training``; see
``docs/models.md``).  Loading needs no network."""

from __future__ import annotations

from pathlib import Path

DE_CORE = Path(__file__).resolve().parent / "de_core"


def load_de_core(**kwargs):
    """``spacy.load`` of the German pipeline, with its rule component registered."""
    import spacy

    from . import components  # noqa: F401  (registers lagebild_propn_genitive_lemma)

    return spacy.load(DE_CORE, **kwargs)
