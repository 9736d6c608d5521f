"""Critics placed by where they are: "Kritiker in Warschau werfen Brüssel vor", "Kritiker in
Ankara werfen Athen vor". The bare noun is too vague to take a side from the passage (`VAGUE_PEOPLE_DE`), but
the capital or state right after "in" says whose people speak, and the gold codes them as that state
(bare, or its opposition where they attack their own government). Only critics who act, as the subject,
are read so: "die Sorgen der Kritiker in Warschau" makes no one a side. Groups named by their kind alone
are placed the same way ("Kurdische Verbände in Schweden kritisieren", "Mehrere Senatoren in Manila
verurteilen"): the gold codes them as the state they are in."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from lagebild.pipeline.actor_civic_groups import SINGULAR_ARTICLES_DE
from lagebild.pipeline.actor_lexicon import DETERMINERS_DE
from lagebild.pipeline.annotations import ActorRef
from lagebild.pipeline.word_classes import LOCATIVE_PREPOSITIONS_DE, SUBJECT_DEPS

CRITICS_DE = frozenset({"Kritiker", "Regierungskritiker"})
# groups of people named by their kind, also as the end of a compound ("Umweltorganisationen"); named
# groups and those the actor stage placed otherwise are taken before. Not "Politiker": "Seit Jahrzehnten
# drohen Politiker in Nordkorea mit Atomwaffen" is said of no one in particular; not "Verbände", which
# are as often an army's units ("Russische Verbände in der Ukraine griffen … an")
GROUP_ENDINGS_DE = ("organisationen", "senatoren", "aktivisten")


def located_critics(doc: Doc, taken: set[int], clues: list) -> list[tuple[Span, ActorRef]]:
    """The subject "Kritiker" or a group of its kind followed by "in <place>" as an actor of the place's
    state; `clues`: mentions and places with a span and an actor."""
    countries = {c.span.start: c.actor.country for c in clues if c.actor.country}
    found = []
    for i, token in enumerate(doc[:-2]):
        located = token.text in CRITICS_DE or token.lower_.endswith(GROUP_ENDINGS_DE)
        if not located or i in taken or token.dep_ not in SUBJECT_DEPS:
            continue
        # "der Kritiker in Warschau" is one man the article named before, not a group of its own
        if i and doc[i - 1].lower_ in SINGULAR_ARTICLES_DE or doc[i + 1].text not in LOCATIVE_PREPOSITIONS_DE:
            continue
        place = i + 3 if doc[i + 2].text in DETERMINERS_DE else i + 2  # "in den USA", "in der Ukraine"
        country = countries.get(place)
        if country:
            span = Span(doc, i, i + 1, label="ORG")
            found.append((span, ActorRef(name=token.text, country=country, actor_code=country)))
    return found
