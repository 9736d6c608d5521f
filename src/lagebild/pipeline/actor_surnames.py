"""A bare surname the KB knows inside another person's full name: "Hochkommissar Cameron MacKay" is
not David Cameron, "Armeechef José Wilson Sánchez" not Pedro Sánchez, "Qassem Soleimani" not Naim
Qassem, the air base "Ain al-Assad" not Bashar al-Assad. The NER reads one name around the surname,
and a word of it right before or after is no part of the known person's names (nor a KB name, nor
a role).

The other way round: a person the KB knows only by the full name ("Khawaja Asif", "Lee Jong-sup":
the surname alone is a common word or another person's name) is called by the surname once the
article has named them in full ("Asif drohte ...").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span

from lagebild.kb.curated import FAMILY_NAME_FIRST
from lagebild.pipeline.actor_matching import AliasMatch, ascii_spelling

# Letters two spellings of one given name share ("Wolodymyr" / "Wolodimir", "Sergej" / "Sergey").
SHARED_PREFIX = 3
# Parts of speech that make a noun a common noun phrase: "ein Glas", "für Frieden", "den neuen Frieden".
COMMON_NOUN_MODIFIERS = {"DET", "ADJ", "ADP"}


def inside_other_name(
    doc: Doc, match: AliasMatch, actor: dict, matched: set[int], is_role: Callable[[str], bool]
) -> bool:
    """Is this one-token person match the surname (or first name) of someone else's full name?"""
    if match.end - match.start != 1:
        return False
    name = next((e for e in doc.ents if e.start <= match.start < e.end), None)
    if name is None and _given_name_before(doc, match.start):
        # the NER missed the whole name ("Besuch von Muse Bihi Abdi"): the proper noun right before
        # the surname is then the other person's given name
        name = doc[match.start - 1 : match.end]
    if name is None:
        return False
    words = {
        word for alias in actor.get("aliases_de", []) + actor.get("aliases_en", []) for word in alias.split()
    }
    known = {_key(word) for word in words}
    # a genitive stands before its head noun, which the NER may take into the name ("Trumps Sticheleien")
    neighbours = (match.start - 1, match.end) if doc[match.start].text in words else (match.start - 1,)
    for i in neighbours:
        if not name.start <= i < name.end or i in matched:
            continue
        text = doc[i].text
        if (
            text[:1].isupper()
            and text.replace("-", "").isalpha()
            and not is_role(text)
            and _key(text) not in known
        ):
            return True
    return False


def full_name_surname(span: Span, person: dict) -> str | None:
    """The surname of a person named in full whom the KB does not match by that surname alone."""
    if len(span) < 2:
        return None
    word = span[0].text if person.get("country") in FAMILY_NAME_FIRST else span[-1].text
    aliases = person.get("aliases_de", []) + person.get("aliases_en", [])
    if not word[:1].isupper() or not word.replace("-", "").isalpha() or word in aliases:
        return None
    return word


def read_as_name(doc: Doc, i: int) -> bool:
    """Surnames the KB leaves out alone are often common words ("Luc Frieden" ... "für Frieden",
    "Jorge Glas" ... "ein Glas"): a token the tagger or the NER reads as a name, or a bare noun (the
    tagger reads rare names as nouns: "Sogavare") with no article, adjective or preposition."""
    token = doc[i]
    if not doc.has_annotation("POS") or token.pos_ == "PROPN":
        return True
    if any(e.start <= i < e.end and e.label_ == "PER" for e in doc.ents):
        return True
    before = doc[i - 1].pos_ if i else ""
    modified = any(child.pos_ in COMMON_NOUN_MODIFIERS for child in token.children)
    return token.pos_ == "NOUN" and before not in COMMON_NOUN_MODIFIERS and not modified


def _given_name_before(doc: Doc, i: int) -> bool:
    """A proper noun right before token i that no article or preposition governs: a given name, not
    a weekday or month ("traf am Montag Macron") nor a place ("in Paris Macron")."""
    if i < 2 or doc[i - 1].pos_ != "PROPN":
        return False
    return doc[i - 2].pos_ not in COMMON_NOUN_MODIFIERS


def _key(word: str) -> str:
    return ascii_spelling(word).lower()[:SHARED_PREFIX]
