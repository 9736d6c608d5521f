""" "Kolumbien: Nach einem Anschlag … Brasilien: Richter Moraes wies … zurück": a news roundup reports
one country's news per paragraph, each led by a label and a colon. A counterpart guessed from the
sentences before must not come from another item: Colombia's guerrilla is no party to Brazil's court
case. A ticker's time stamps ("15:00 Uhr:") are no such labels: its entries follow one story."""

from __future__ import annotations

from itertools import islice

from spacy.tokens import Span, Token

LABEL_WORDS = 3  # "Kuba:", "Wetter und Märkte:", "Naher Osten:"


def starts_roundup_item(sentence: Span) -> bool:
    """The sentence opens a paragraph with a label of a few words and a colon."""
    # asked for each of the sentences before every sentence: read its first words only
    words = list(islice((t for t in sentence if not t.is_space), LABEL_WORDS + 1))
    if not words or not _opens_line(words[0]):
        return False
    colon = next((i for i, t in enumerate(words) if t.text == ":"), None)
    if not colon:
        return False
    label = words[:colon]
    return label[0].is_title and all(t.is_alpha or t.is_punct and t.text == "-" for t in label)


def _opens_line(token: Token) -> bool:
    """Only spaces or tabs stand between the token and a line break (or the start of the text); read
    off the tokens before it, not `doc.text`, which would be rebuilt for every sentence."""
    doc = token.doc
    i = token.i - 1
    while i >= 0 and doc[i].is_space and not doc[i].text.strip(" \t"):
        i -= 1
    return i < 0 or (doc[i].is_space and doc[i].text.rstrip(" \t").endswith("\n"))
