"""Repair clauses that open with an adverb the parser took for their subject ("Zugleich warf es
Deutschland vor, …", "Daneben schlossen beide Seiten ein Abkommen", "Zugleich forderte sie Russland auf").

The news-trained parser reads a capitalised word in first position as a noun more readily than one
inside the clause, and makes such an adverb the subject of the finite verb after it; the real subject
then becomes an object or an expletive, and every later stage loses the act's source. An adverb (or an
adverbial adjective, "Kritisch sieht sie …") is never a subject, so this component, placed after the
parser, parses the sentence again with the adverb in lower case, as the parser knows it inside a clause,
and keeps the new tree where the adverb is no subject any more. Where the verb has its subject besides
("Zugleich warf Iran Berlin vor"), only the adverb's label is wrong, and the rest of the tree is kept.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Span, Token

from lagebild.pipeline.sentence_reparse import SentenceReparser, apply_parse, sentence_words
from lagebild.pipeline.word_classes import SUBJECT_DEPS

# STTS: adverbs, pronominal adverbs ("Daneben", "Dabei") and adverbial adjectives ("Kritisch")
ADVERB_TAGS = ("ADV", "PAV", "PROAV", "ADJD")
ADVERB_POS = ("ADV", "ADJ")
ADVERBIAL = "advmod"
COPULA = "cop"


@Language.factory("lagebild_fronted_adverbs", default_config={"parser": "parser", "tok2vec": "tok2vec"})
def make_fronted_adverbs(nlp: Language, name: str, parser: str, tok2vec: str) -> FrontedAdverbs:
    return FrontedAdverbs(nlp, parser, tok2vec)


class FrontedAdverbs(SentenceReparser):
    """Re-parses the sentences whose first word, an adverb, the parser made a subject."""

    def repair(self, sent: Span) -> None:
        words = sentence_words(sent)
        adverb = words[0] if len(words) > 2 else None
        if adverb is None or not _adverb_read_as_subject(adverb):
            return
        if any(c.dep_ in SUBJECT_DEPS for c in adverb.head.children if c != adverb):
            adverb.dep_ = ADVERBIAL  # the clause has its subject: only the adverb's label is wrong
            return
        parse = self.reparse_first_lowercased(words)
        if parse[0].dep_ not in SUBJECT_DEPS:
            apply_parse(sent, words, parse)


def _adverb_read_as_subject(first: Token) -> bool:
    """Tag and part of speech agree it is an adverb, and it is no predicate before its copula ("Brisant ist der
    Zeitpunkt"), whose tree the parser gets right only with the capital."""
    adverb = first.is_title and first.tag_ in ADVERB_TAGS and first.pos_ in ADVERB_POS
    predicate = any(c.dep_ == COPULA for c in (first, *first.head.children) if c.i > first.i)
    return adverb and first.dep_ in SUBJECT_DEPS and not predicate
