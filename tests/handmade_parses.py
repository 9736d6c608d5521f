"""Docs built from hand-written parse rows, for tests of the parse repairs on a misparse written by hand."""

from spacy.tokens import Doc

from lagebild.pipeline import get_pipeline


def handmade_doc(rows: list[tuple[str, int, str, str, str, str]]) -> Doc:
    """rows: (word, head, dep, pos, tag, morph)"""
    words, heads, deps, pos, tags, morphs = (list(column) for column in zip(*rows, strict=True))
    return Doc(
        get_pipeline("de").vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, morphs=morphs
    )
