"""Parsing one sentence again from changed words, the common ground of the repair components placed
after the parser (`country_adjectives`, `misread_verbs`, `fronted_participles`, `fronted_adverbs`, `relative_articles`,
and `datelines`, `vocatives` and `fronted_time_phrases`, which parse the clause after a dateline, an address or a
span of time without it): where the first tree is wrong because of one word, the
sentence is given to the pipeline's own tok2vec and parser with that word written as the parser knows
it, and the new tree is put on the sentence's words if it reads right."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from lagebild.events.event_clauses import VERBAL_POS
from lagebild.pipeline.headings import PUNCTUATION, UNLABELLED


class SentenceReparser:
    """A component that parses single sentences again with the pipeline's tok2vec and parser; each
    repair says in `repair` which sentences it parses again and how."""

    def __init__(self, nlp: Language, parser: str, tok2vec: str):
        self.nlp = nlp
        self.parser = parser
        self.tok2vec = tok2vec

    def __call__(self, doc: Doc) -> Doc:
        # only a parsed document of a pipeline that has the parser can be parsed again
        if self.parser not in self.nlp.pipe_names or not doc.has_annotation("DEP"):
            return doc
        for sent in list(doc.sents):
            self.repair(sent)
        return doc

    def repair(self, sent: Span) -> None:
        raise NotImplementedError

    def reparse(self, words: list[Token], texts: list[str]) -> Doc:
        """A one-sentence parse of `texts`, spaced as the sentence's `words` (whitespace tokens left out)."""
        parse = Doc(
            words[0].doc.vocab,
            words=texts,
            spaces=[bool(token.whitespace_) for token in words],
            sent_starts=[i == 0 for i in range(len(words))],
        )
        if self.tok2vec in self.nlp.pipe_names:
            parse = self.nlp.get_pipe(self.tok2vec)(parse)
        return self.nlp.get_pipe(self.parser)(parse)

    def reparse_first_lowercased(self, words: list[Token]) -> Doc:
        """The sentence parsed again with its first word in lower case, as the parser knows an adverb or a
        participle inside a clause: in first position it reads a capitalised word as a noun."""
        return self.reparse(words, [words[0].text.lower(), *(token.text for token in words[1:])])

    def parse_clause_after(self, sent: Span, mark: Token) -> None:
        """The clause after an opening the parser mistakes for part of it (a dateline and its dash, an
        address and its comma), parsed again on its own; the opening hangs on the new root (`dep`, and
        `punct` for the mark, relations no stage reads as an argument), if the clause alone parses with
        a verb at its root."""
        words = [token for token in sentence_words(sent) if token.i > mark.i]
        if len(words) < 2:
            return
        parse = self.reparse(words, [token.text for token in words])
        root = words[parse[0].sent.root.i]
        if root.pos_ not in VERBAL_POS:
            return
        apply_parse(sent.doc[words[0].i : sent.end], words, parse)
        for token in sent.doc[sent.start : mark.i]:
            if not token.is_space:
                token.head, token.dep_ = root, UNLABELLED
        mark.head, mark.dep_ = root, PUNCTUATION
        for token in sent:
            if token.is_space:
                token.head = root


def sentence_words(sent: Span) -> list[Token]:
    """The sentence's words, without the whitespace tokens the parser was not trained on."""
    return [token for token in sent if not token.is_space]


def apply_parse(sent: Span, words: list[Token], parse: Doc) -> None:
    """Heads and labels of the new parse on the sentence's words; whitespace hangs on the root."""
    doc = sent.doc
    root = words[parse[0].sent.root.i]
    for token, parsed in zip(words, parse, strict=True):
        token.head = doc[words[parsed.head.i].i]
        token.dep_ = parsed.dep_
    for token in sent:
        if token.is_space:
            token.head = root
            token.dep_ = "punct"
