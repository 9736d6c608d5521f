"""The host state of a diplomatic mission as the target: "Sri Lanka opened an embassy in Tehran".

An embassy or consulate stands in the capital or city of the state it deals with, so opening,
closing or upgrading one "in Tehran" is an act towards Iran (the PLOVER gold: LKA → IRN). The actor
stage rightly reads the city as a place; the coder makes a stand-in span carrying its state.
"""

from __future__ import annotations

from spacy.tokens import Span

from lagebild.events.arguments import stand_in, state_ref
from lagebild.events.petrarch_clauses import CLAUSE_BREAKS

MISSION_NOUNS = {"embassy", "embassies", "consulate", "consulates", "legation"}
MISSION_REACH = 6  # words past the verb where the mission noun may stand ("opened a new embassy")


def mission_host(sentence: Span, verb_end: int) -> Span | None:
    """A stand-in span for the state of the place in "<mission noun> in <place>" right after the verb
    ending at `verb_end` (counted from the sentence start), else None."""
    doc = sentence.doc
    places = {ent.start: ent for ent in sentence.ents if ent._.place is not None and ent._.place.country}
    end = min(sentence.end, sentence.start + verb_end + MISSION_REACH)
    for i in range(sentence.start + verb_end, end):
        if doc[i].text in CLAUSE_BREAKS or doc[i].text == ",":
            return None
        if doc[i].lower_ not in MISSION_NOUNS or i + 2 >= sentence.end or doc[i + 1].lower_ != "in":
            continue
        place = places.get(i + 2)
        if place is None:
            return None
        return stand_in(doc, i + 1, place.end, state_ref(place.text, place._.place.country))
    return None
