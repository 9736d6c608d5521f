"""Repair interview questions that open with an address ("Frau Wende, Ministerpräsident Tusk hat
Netanjahu vorgeworfen, …", "Herr Botschafter, Moskau droht mit …", "Frau Haddad, was wollte Moskau
erreichen?").

The news-trained parser has seen few such addresses: the addressed person becomes the clause's subject
and the clause's own subject an apposition of it ("Wende" ← "Ministerpräsident Tusk"), or the address
becomes the root and the clause a relative clause of it, so that the event stages lose who acted on whom
or take the interviewed expert for the actor. An address is no part of the clause after it: the clause
is parsed again on its own, as `datelines` parses the clause after a dateline, and the address and its
comma hang on the new root (`dep` and `punct`, relations no stage reads as an argument), if the clause
alone parses with a verb at its root ("Frau Haddad, vielen Dank." keeps its tree).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Span, Token

from lagebild.pipeline.sentence_reparse import SentenceReparser, sentence_words

# the words that open an address, followed by a name or a title ("Frau Wende", "Herr Botschafter")
ADDRESS_WORDS = {"Frau", "Herr"}
# a name or title after them is short: "Frau Kostadinova-Ruhl", "Herr Dr. Weber", "Frau Professorin Lenz"
MAX_NAME_WORDS = 3
# quotation marks that may open the question
OPENING_QUOTES = {"„", '"', "»", "«", "‚"}


@Language.factory("lagebild_vocatives", default_config={"parser": "parser", "tok2vec": "tok2vec"})
def make_vocatives(nlp: Language, name: str, parser: str, tok2vec: str) -> Vocatives:
    return Vocatives(nlp, parser, tok2vec)


class Vocatives(SentenceReparser):
    """Re-parses the clause after a sentence's opening address without it."""

    def repair(self, sent: Span) -> None:
        comma = address_comma(sent)
        if comma is None:
            return
        self.parse_clause_after(sent, comma)


def address_comma(span: Span) -> Token | None:
    """The comma after the address the span opens with ("Frau Wende,"), if it opens with one."""
    words = [token for token in sentence_words(span) if token.text not in OPENING_QUOTES]
    if len(words) < 4 or words[0].text not in ADDRESS_WORDS:
        return None
    for n, token in enumerate(words[1 : MAX_NAME_WORDS + 2], start=1):
        if token.text == ",":
            return token if n > 1 else None
        # a name, a title or an abbreviated title ("Dr.", "Prof."), each capitalised
        if not token.text[0].isupper():
            return None
    return None
