"""A reaction announced to any or to a case of something: "Russland werde auf jede weitere Ausweisung
reagieren", "kündigte an, auf eine Stationierung mit Gegenmaßnahmen zu antworten". The reaction hangs on
a stimulus that has not happened, so it is held out (hypothetical), not announced as a plan; a reaction
to a given act ("reagierte auf die Ausweisung") names its determiner definitely."""

from __future__ import annotations

import re

from spacy.tokens import Token

from lagebild.events.dated_acts import told_as_past

REACTION_HEADS = re.compile(r"^(reagier|antwort|beantwort|vergelt)", re.IGNORECASE)
# "jede", "jeglichen", "jedweder" say any case; the indefinite article a case not yet given
ANY_CASE = ("jed", "jeglich")
A_CASE = {"ein", "eine", "einen", "einem", "einer"}
STIMULUS_CASE = "auf"


def reaction_to_a_case(verb: Token) -> bool:
    if not REACTION_HEADS.match(verb.text) or told_as_past(verb):
        return False
    for child in verb.children:
        if child.dep_ not in ("obl", "obl:arg", "obj") or child.pos_ not in ("NOUN", "PROPN"):
            continue
        if not any(c.dep_ == "case" and c.lower_ == STIMULUS_CASE for c in child.children):
            continue
        determiners = [c.lower_ for c in child.children if c.dep_ == "det"]
        if any(d.startswith(ANY_CASE) or d in A_CASE for d in determiners):
            return True
    return False
