"""Repair sentences whose country adjective the parser read as a verb ("zwischen armenischen und
aserbaidschanischen Truppen", "die Abnahme turkmenischen Gases").

The news-trained tagger knows the frequent country adjectives but takes a rarer inflected one for an
infinitive or a finite verb; the parser then builds a clause around it, the preposition before it turns
into a subordinator, and the noun it qualifies is lost to its phrase: the sides of a clash or the owner
of the goods are gone. No verb of German is a country adjective of our geography table, so this
component, placed after the parser, parses such a sentence once more with the adjective written as the
same form of "russisch", which the parser reads as an attribute, and keeps the new tree if the word
now qualifies a noun (or is coordinated with an attribute that does). A capitalised one the parser
labelled a compound part of its noun is relabelled its attribute.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Span, Token

from lagebild.events.event_clauses import VERBAL_POS
from lagebild.geo.adjectives import ADJECTIVE_ENDINGS, country_of_adjective
from lagebild.pipeline.sentence_reparse import SentenceReparser, apply_parse, sentence_words

# the most frequent country adjective in news, read as an attribute in every inflection
STAND_IN_STEM = "russisch"
ATTRIBUTE_LABELS = {"amod", "conj"}
ATTRIBUTE_TAG = "ADJA"  # STTS


@Language.factory("lagebild_country_adjectives", default_config={"parser": "parser", "tok2vec": "tok2vec"})
def make_country_adjectives(nlp: Language, name: str, parser: str, tok2vec: str) -> CountryAdjectives:
    return CountryAdjectives(nlp, parser, tok2vec)


class CountryAdjectives(SentenceReparser):
    """Re-parses the sentences with a country adjective read as a verb, the adjective written as "russisch"."""

    def repair(self, sent: Span) -> None:
        for token in sent:
            if _attribute_read_as_compound(token):
                token.dep_ = "amod"
        adjectives = [token for token in sent if _adjective_read_as_verb(token)]
        if adjectives:
            self._reparse(sent, adjectives)

    def _reparse(self, sent: Span, adjectives: list[Token]) -> None:
        words = sentence_words(sent)
        position = {token.i: n for n, token in enumerate(words)}
        texts = [token.text for token in words]
        for adjective in adjectives:
            texts[position[adjective.i]] = STAND_IN_STEM + _ending(adjective.lower_)
        parse = self.reparse(words, texts)
        if not all(parse[position[adjective.i]].dep_ in ATTRIBUTE_LABELS for adjective in adjectives):
            return
        apply_parse(sent, words, parse)
        for adjective in adjectives:
            adjective.pos_ = "ADJ"
            adjective.tag_ = ATTRIBUTE_TAG
            adjective.lemma_ = adjective.lower_.removesuffix(_ending(adjective.lower_))


def _adjective_read_as_verb(token: Token) -> bool:
    return token.is_lower and token.pos_ in VERBAL_POS and country_of_adjective(token.text) is not None


def _attribute_read_as_compound(token: Token) -> bool:
    """ "gegen mehrere Chinesische Unternehmen": a capitalised country adjective, as in a name, that the
    parser labelled a compound part of its noun; an inflected adjective before a noun is its attribute."""
    return (
        token.dep_ == "compound"
        and token.tag_ == ATTRIBUTE_TAG
        and country_of_adjective(token.text) is not None
    )


def _ending(word: str) -> str:
    """The inflection ending of an inflected country adjective ("armenischen": "en")."""
    return next(
        ending for ending in sorted(ADJECTIVE_ENDINGS, key=len, reverse=True) if word.endswith(ending)
    )
