"""English full names after a title that the KB spells otherwise: "President Omar El Bashir",
"President Omar Hassan al-Bashir" (the KB has "Omar Al Bashir"). News style names a head of state or
minister by title and full name at first mention; the title narrows the surname to the holders of
that office, as it does for "President Bashir"."""

from __future__ import annotations

from spacy.tokens import Doc

ARABIC_ARTICLES = {"al", "el"}


def past_article_surname(doc: Doc, end: int) -> int:
    """A name run that stopped before "al-Bashir" (tokens al, -, Bashir) ends after the surname: the
    article glued to it is lower case."""
    if (
        end + 2 < len(doc)
        and doc[end].text in ARABIC_ARTICLES
        and doc[end + 1].text == "-"
        and doc[end + 2].text[:1].isupper()
        and doc[end + 2].is_alpha
    ):
        return end + 3
    return end
