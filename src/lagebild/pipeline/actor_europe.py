"""Europe as a political actor: "Europa sollte die Sanktionen verschärfen", "Die Europäer wollen an dem
Abkommen festhalten", "ein Streit mit Europa". German news names the European Union and its states as one
side by the continent or its people; the annotation guidelines code that side as the EU. The KB's generic
alias "die Europäer" means the EU only where the text names the EU too, and "Europa" is no alias at all:
the continent is mostly a place ("in Europa", "nach Europa", "Europas größte Volkswirtschaft").

So "Europa" is the EU only where the clause makes it a party: the subject or the object of a verb, or
the other side of a phrase with "mit", "gegen", "zwischen" or "an"; and "die Europäer" after an article
is the EU even where the EU is not named ("drei Europäer" counts people or states, no side)."""

from __future__ import annotations

from spacy.tokens import Doc

from lagebild.pipeline.actor_lexicon import DETERMINERS_DE

EU_ID = "igo:eu"
CONTINENT = "Europa"
PEOPLE = {"Europäer", "Europäern"}
# the parse's labels of a party to the clause: its subject and objects
PARTY_DEPS = {"nsubj", "nsubj:pass", "obj", "iobj"}
# prepositions that make the continent the other side of an act ("verhandeln mit Europa", "ein
# Handelskrieg zwischen Europa und den USA", "Appell an Europa"), not a place
PARTY_PREPOSITIONS = {"mit", "gegen", "zwischen", "an"}


def europe_spans(doc: Doc, taken: set[int]) -> list[tuple[int, int]]:
    """(start, end) of each mention of Europe that stands for the EU, outside the tokens `taken`."""
    spans = []
    for token in doc:
        if token.i in taken:
            continue
        people = token.text in PEOPLE and token.i > 0 and doc[token.i - 1].text in DETERMINERS_DE
        if people or (token.text == CONTINENT and _party(token)):
            spans.append((token.i, token.i + 1))
    return spans


def _party(token) -> bool:
    """ "Europa" as a party of its clause: subject or object, or after a preposition of the other side;
    never a genitive's owner or a place ("in Europa")."""
    cases = [c.lower_ for c in token.children if c.dep_ == "case"]
    if cases:
        return cases[0] in PARTY_PREPOSITIONS
    # a conjunct ("zwischen Europa und den USA") shares its head's preposition
    if token.dep_ == "conj":
        return _party(token.head)
    return token.dep_ in PARTY_DEPS
