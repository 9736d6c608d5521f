"""Keep whitespace tokens out of the dependency parse.

spaCy keeps paragraph breaks and runs of spaces as tokens of their own (`is_space`). Our parser was
trained on treebank text without such tokens, and a paragraph break closing a sentence misleads it:
it makes the break the sentence's root and hangs the real verb below it ("forderte" as advmod), so
every later stage loses the clause. This component, placed right after the parser, parses each
sentence that holds whitespace once more without it, from the context vectors the model already
computed for the whole article, and hangs the whitespace on the new root as punctuation.
Tokens, character offsets and sentence boundaries stay as they are; only heads and labels change.
"""

from __future__ import annotations

from spacy.attrs import DEP, HEAD
from spacy.language import Language
from spacy.tokens import Doc, Span

# Whitespace attaches like the punctuation that usually precedes it.
WHITESPACE_LABEL = "punct"


@Language.factory("lagebild_whitespace_parse", default_config={"parser": "parser"})
def make_whitespace_parse(nlp: Language, name: str, parser: str) -> WhitespaceFreeParse:
    return WhitespaceFreeParse(nlp, parser)


class WhitespaceFreeParse:
    """Re-parses the sentences with whitespace tokens using the pipeline's own parser."""

    def __init__(self, nlp: Language, parser: str):
        self.nlp = nlp
        self.parser = parser

    def __call__(self, doc: Doc) -> Doc:
        if self.parser not in self.nlp.pipe_names or not doc.has_annotation("DEP"):
            return doc
        sentences = [sent for sent in doc.sents if _mixes_whitespace_and_words(sent)]
        if not sentences:
            return doc
        parses = self.nlp.get_pipe(self.parser).pipe(_without_whitespace(doc, sent) for sent in sentences)
        arcs = doc.to_array([HEAD, DEP])
        whitespace_label = doc.vocab.strings.add(WHITESPACE_LABEL)
        for sent, parse in zip(sentences, parses, strict=True):
            words = [token.i for token in sent if not token.is_space]
            for token in parse:
                arcs[words[token.i]] = (_head_offset(words[token.head.i], words[token.i]), token.dep)
            # `sent_starts` keeps the parse one tree, so its first token's sentence is all of it.
            root = words[parse[0].sent.root.i]
            for token in sent:
                if token.is_space:
                    arcs[token.i] = (_head_offset(root, token.i), whitespace_label)
        doc.from_array([HEAD, DEP], arcs)
        return doc


def _head_offset(head: int, child: int) -> int:
    # `Doc.to_array` stores a head as its offset from the child, in unsigned two's complement.
    return (head - child) % 2**64


def _mixes_whitespace_and_words(sent: Span) -> bool:
    spaces = sum(token.is_space for token in sent)
    return 0 < spaces < len(sent)


def _without_whitespace(doc: Doc, sent: Span) -> Doc:
    """The sentence's words as a one-sentence Doc, carrying the article's context vectors."""
    words = [token for token in sent if not token.is_space]
    parse = Doc(
        doc.vocab,
        words=[token.text for token in words],
        spaces=[bool(token.whitespace_) for token in words],
        sent_starts=[i == 0 for i in range(len(words))],
    )
    # A parser listening to a shared tok2vec reads `doc.tensor`; one with its own tok2vec ignores it.
    if len(doc.tensor) == len(doc):
        parse.tensor = doc.tensor[[token.i for token in words]]
    return parse
