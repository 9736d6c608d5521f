"""Subject and finite verb agree in number: the one test the subject repairs use to tell which phrase of a
clause is its subject ("Kenia und Uganda unterzeichneten …", "Anfang Oktober setzen beide Seiten …")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Token

# the words that make a list of subjects plural ("Kenia und Uganda"); "oder" leaves the verb singular
PLURAL_JOINERS = {"und", "sowie"}
# the endings of a noun made of a participle ("die Beauftragte", "die Abgeordnete", "die Vorsitzende",
# "die Delegierte", "die Gesandte"), which the tagger takes for a plural after "die"
PARTICIPLE_NOUN = re.compile(r"(iert|end|agt|andt|ordnet|ündet)e$")


def agrees_in_number(phrase: Sequence[Token], head: Token, finite: Token) -> bool:
    """The phrase with its head agrees with the finite verb: a list or a plural noun ("die
    Huthi-Rebellen") with a verb in the plural, anything else with one in the singular; a verb of no
    marked number agrees with both. A name's number is the tagger's guess ("Frederiksen" as a plural
    noun): only a list makes names and people plural."""
    number = set(finite.morph.get("Number"))
    listed = any(t.lower_ in PLURAL_JOINERS for t in phrase)
    plural_noun = (
        head.pos_ == "NOUN"
        and head.ent_type_ != "PER"
        and head.morph.get("Number") == ["Plur"]
        and not singular_participle_noun(head)
    )
    plural = listed or plural_noun
    if number == {"Sing"}:
        return not plural
    if number == {"Plur"}:
        return plural
    return True


def attribute_head(name: Token, phrase: Sequence[Token]) -> Token:
    """The noun of the phrase a genitive name hangs on, which the phrase agrees through: "Vorwürfe" of
    "Die Vorwürfe Kiews" (a plural object in front of a singular verb, not its subject)."""
    head = name
    while head.dep_ == "nmod" and head.head in phrase and head.head != head:
        head = head.head
    return head


def singular_participle_noun(noun: Token) -> bool:
    """A noun made of a participle after the definite article is singular whatever the tagger guessed:
    its plural there ends in "-en" ("die Beauftragten"), so "Die EU-Außenbeauftragte kritisierte …" has
    a subject in the singular, not a plural object in front."""
    definite = any(w.dep_ == "det" and "Def" in w.morph.get("Definite") for w in noun.children)
    return definite and PARTICIPLE_NOUN.search(noun.lower_) is not None
