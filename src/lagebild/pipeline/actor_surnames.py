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
from lagebild.pipeline.timex.lexicon import MONTHS_DE, WEEKDAYS_DE

# Letters two spellings of one given name share ("Wolodymyr" / "Wolodimir", "Sergej" / "Sergey").
SHARED_PREFIX = 3
# Parts of speech that make a noun a common noun phrase: "ein Glas", "für Frieden", "den neuen Frieden".
COMMON_NOUN_MODIFIERS = {"DET", "ADJ", "ADP"}
# Lowercase particles between a given name and a surname ("Cecilia de Arce", "Arjen van Dijk").
NAME_PARTICLES = {"de", "da", "del", "di", "van", "von", "der", "den", "la", "le"}


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


def other_person_named_before(
    doc: Doc, match: AliasMatch, actor: dict, matched: set[int], is_role: Callable[[str], bool]
) -> bool:
    """'Arjen Hoekstra von der Universität Twente ... laut Hoekstra', 'Hausfrau Li Yan ... oberhalb
    von Li': a bare surname the KB gives a politician means someone else when the article named
    that someone in full before or here (a given name none of the politician's names share) and
    never named the politician in full (the caller checks that). The NER often misses such names, so the given name is read from the
    tagger: a proper noun beside the surname, past a lowercase particle ("Cecilia de Arce"); a
    capitalised noun after a surname is no given name ("Netanjahus Kabinett") but where the family
    name comes first."""
    if match.end - match.start != 1:
        return False
    word = doc[match.start].text
    # where the family name comes first ("Li Qiang"), another person's given name follows it ("Li Yan")
    family_first = actor.get("country") in FAMILY_NAME_FIRST
    known = {
        _key(part)
        for alias in actor.get("aliases_de", []) + actor.get("aliases_en", [])
        for part in alias.split()
    }
    for i in range(match.start + 1):
        if doc[i].text != word:
            continue
        before = i - 2 if i >= 2 and doc[i - 1].text in NAME_PARTICLES else i - 1
        for j in (before, i + 1) if family_first else (before,):
            beside = 0 <= j < len(doc) and j not in matched and not (j > i and doc[j].is_sent_start)
            if beside and _other_given_name(doc, j, i, known, is_role):
                return True
    return False


def _other_given_name(doc: Doc, j: int, i: int, known: set[str], is_role: Callable[[str], bool]) -> bool:
    """Is token j, beside the surname at i, a given name none of the KB person's names share? Not a
    weekday the tagger calls a proper noun, nor a word of a separate place or organisation name."""
    text = doc[j].text
    in_other_entity = any(
        e.start <= j < e.end and not e.start <= i < e.end and e.label_ != "PER" for e in doc.ents
    )
    # the tagger reads rare given names as nouns: one right after a title noun ("Hydrologin Maren")
    titled = doc[j].pos_ == "NOUN" and j > 0 and doc[j - 1].pos_ == "NOUN"
    return (
        (doc[j].pos_ == "PROPN" or titled)
        and text[:1].isupper()
        and text.replace("-", "").isalpha()
        and not _date_word(text)
        and not in_other_entity
        and _key(text) not in known
        and not is_role(text)
    )


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
    if token.ent_type_ == "PER":
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


def _date_word(word: str) -> bool:
    """'Merkel Freitag': the tagger reads weekdays and months as proper nouns, no given names."""
    return word.lower() in WEEKDAYS_DE or word.lower() in MONTHS_DE


def _key(word: str) -> str:
    return ascii_spelling(word).lower()[:SHARED_PREFIX]
