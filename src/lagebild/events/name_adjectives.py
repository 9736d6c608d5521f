"""A nationality adjective written with a capital inside a name names no state: "die Deutsche Bank
stoppte Zahlungen", "Deutsche Bahn lieferte Hilfsgüter" are companies, not Germany. German writes a
country adjective lower case, so a capitalised one inside its sentence belongs to a name; one that
opens its sentence is capitalised anyway and names the state ("Russische Truppen rückten vor") unless
the recogniser took it or its noun into a name, or the text writes the pair capitalised inside a
sentence elsewhere (the actor stage's test, `actor_passage.in_name`)."""

from __future__ import annotations

from spacy.tokens import Token

from lagebild.pipeline.actor_passage import SENTENCE_OPENING_MARKS, in_name

# marks after which a capitalised word opens what is said: a quote („Russische Truppen …“)
OPENING_QUOTES = {"„", "»", "«", '"', "‚", "“", "("}


def in_a_name(adjective: Token) -> bool:
    """Whether a nationality adjective is part of a name rather than naming its state."""
    if not adjective.text[:1].isupper():
        return False
    if not _opens(adjective):
        return True
    return adjective.i + 1 < len(adjective.doc) and in_name(adjective.doc, adjective.i)


def _opens(token: Token) -> bool:
    """Capitalised for its place: it opens its sentence (after marks or numbers only: "„Russische …",
    "1. Russische …"), a line after a colon or dash, or a quote."""
    if not any(t.is_alpha for t in token.doc[token.sent.start : token.i]):
        return True
    before = token.doc[token.i - 1]
    return before.text in SENTENCE_OPENING_MARKS or before.text in OPENING_QUOTES
