"""When does the context mark a word as a place? Word lists and tests on spaCy tokens.

German: a place preposition right before the name ("in Butscha", "nach Peking", "nahe Kiew"), or a
preposition with an article ("an der Oder", "über die Oder", "auf dem Römerberg"), or a place noun
("die Hafenstadt Odessa", "am Grenzübergang Kuźnica"), or coordination with a place just found
("in Berlin, Paris, Rom und London"). English: the same with English prepositions.
"""

from __future__ import annotations

from spacy.tokens import Doc

from lagebild.geo.curated import (
    DEMONYM_HOMONYMS,
    FIRST_NAME_HOMONYMS,
    ORGANISATION_PREFIXES,
    ORGANISATION_SUFFIXES,
)

# Prepositions that mark any place, town names included ("in Butscha", "nach Peking", "nahe Kiew").
BARE_PREPOSITIONS = {
    "de": frozenset(
        {"in", "nach", "aus", "bei", "nahe", "von", "über", "zwischen", "um", "bis", "ab", "durch", "gen", "auf",
         "richtung", "nördlich", "südlich", "östlich", "westlich", "nordöstlich", "nordwestlich",
         "südöstlich", "südwestlich"}
    ),
    "en": frozenset(
        {"in", "to", "from", "near", "at", "outside", "across", "into", "towards", "toward", "via", "of",
         "through", "around", "north", "south", "east", "west", "between"}
    ),
}  # fmt: skip
# Contractions with an article: German town names take no article, so "im Igel", "aus dem Hut",
# "am Imperial College" mark only features, regions and countries ("im Donbass", "am Main", "im Iran").
ARTICLE_CONTRACTIONS = frozenset({"im", "am", "beim", "vom", "zum", "zur", "ins", "ans"})
# Prepositions that mark a place only together with an article ("an der Oder", not "an Kiew").
ARTICLE_PREPOSITIONS = frozenset(
    {"an", "auf", "in", "über", "aus", "nach", "von", "bei", "zu", "entlang", "jenseits"}
)
ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des", "the"})
PLACE_NOUNS = frozenset(
    {"Stadt", "Hauptstadt", "Hafenstadt", "Grenzstadt", "Kleinstadt", "Großstadt", "Metropole", "Region",
     "Provinz", "Oblast", "Gebiet", "Dorf", "Ort", "Gemeinde", "Grenzübergang", "Insel", "Halbinsel",
     "Bundesland", "Kanton", "Bezirk", "Landkreis", "Kreis", "Fluss", "Exklave", "Enklave", "Bundesstaat",
     "city", "town", "village", "region", "province", "port"}
)  # fmt: skip
WATER_NOUN_ENDINGS = ("ufer", "mündung", "quelle", "küste")
COORDINATORS = frozenset({",", "und", "oder", "sowie", "and", "or"})
# Determiners and quantifiers that make "Polen" the people ("die Polen", "den bösen Polen").
PLURAL_DETERMINERS = frozenset(
    {"die", "den", "der", "viele", "vielen", "alle", "allen", "einige", "manche", "beiden", "zwei", "mehrere",
     "unsere", "unseren", "tausende", "hunderte"}
)  # fmt: skip
QUOTE_MARKS = frozenset("\"„“”»«‚‘’'")


def place_marking(doc: Doc, i: int, lang: str, surnames: frozenset[str]) -> str | None:
    """How the words before token i (the start of a name) mark a place: "any" (a preposition or place
    noun: towns included), "feature" (a preposition with an article: not towns), "water" (a river
    or sea: "am Ufer des …"), or None."""
    if i == 0:
        return None
    prev = doc[i - 1]
    if prev.text in PLACE_NOUNS:
        return "any"
    if prev.lower_ in BARE_PREPOSITIONS.get(lang, ()):
        # "Studie von Takahashi": after "von" a surname is a person, not a town.
        return None if prev.lower_ == "von" and doc[i].text in surnames else "any"
    if _adjective_after_article(doc, i - 1):
        return "any"  # "im polnischen Słubice", "im zerbombten Sarajevo": a town may take an adjective
    if prev.lower_ in ARTICLE_CONTRACTIONS:
        return "feature"
    if i >= 2 and prev.lower_ in ARTICLES and doc[i - 2].lower_.endswith(WATER_NOUN_ENDINGS):
        return "water"  # "am Ostufer des Dnipro", "die Mündung der Oder": the river
    if i >= 2 and prev.lower_ in ARTICLES and doc[i - 2].lower_ in ARTICLE_PREPOSITIONS | {"zwischen"}:
        return "feature"
    return None


def _adjective_after_article(doc: Doc, j: int) -> bool:
    """Is token j an inflected adjective right after "im"/"am" or a preposition with an article?"""
    word = doc[j].text
    if not (word.islower() and word.endswith(("e", "en", "er", "es", "em")) and j >= 1):
        return False
    before = doc[j - 1].lower_
    if before in ARTICLE_CONTRACTIONS:
        return True
    return j >= 2 and before in ARTICLES and doc[j - 2].lower_ in ARTICLE_PREPOSITIONS


def marked_by_bare_preposition(doc: Doc, i: int) -> bool:
    """The strict test for names that are also common words ("nach Essen", "in Halle")."""
    return i > 0 and doc[i - 1].lower_ in ("in", "nach", "aus")


def coordinated_with(doc: Doc, i: int, place_ends: set[int]) -> bool:
    """Does token i follow ", " / "und" right after a place mention (which ended at token i - 2)?"""
    return i >= 2 and doc[i - 1].lower_ in COORDINATORS and (i - 2) in place_ends


def coordinated_before(doc: Doc, end: int, place_starts: set[int]) -> bool:
    """Is the name ending at token `end` followed by ", " / "und" and a place ("Donetsk, Luhansk")?"""
    return end + 1 < len(doc) and doc[end].lower_ in COORDINATORS and (end + 1) in place_starts


def is_person_name(doc: Doc, start: int, end: int, surnames: frozenset[str] = frozenset()) -> bool:
    """ "Georgia Miller", "Karl Schnell", "Lars von Trier": a name followed by a surname."""
    if end >= len(doc) or doc[end].is_sent_start:
        return False
    following = doc[end]
    if doc[start].text in FIRST_NAME_HOMONYMS and following.text[:1].isupper():
        return True
    if not surnames:  # a self-evident place name: "die Ostsee von Wyborg nach Lubmin"
        return False
    if following.text in surnames:
        return True
    return (
        following.text in ("von", "van", "de", "da")
        and end + 1 < len(doc)
        and doc[end + 1].text[:1].isupper()
    )


def is_people_reading(doc: Doc, i: int) -> bool:
    """ "Die Polen haben …", "den „bösen“ Polen": a demonym homonym read as the people."""
    if doc[i].text not in DEMONYM_HOMONYMS:
        return False
    for j in range(i - 1, max(i - 5, -1), -1):
        token = doc[j]
        if token.text in QUOTE_MARKS:
            continue
        if token.lower_ in PLURAL_DETERMINERS:
            return True
        if (
            token.text.islower()
            and token.text.endswith(("e", "en"))
            and token.lower_ not in BARE_PREPOSITIONS["de"]
        ):
            continue  # an adjective inside the noun phrase
        break
    return False


def is_organisation_name(doc: Doc, start: int, end: int) -> bool:
    """ "Eintracht Frankfurt", "Europa League": the place name is part of a club or company name."""
    return (start > 0 and doc[start - 1].text in ORGANISATION_PREFIXES) or (
        end < len(doc) and doc[end].text in ORGANISATION_SUFFIXES
    )
