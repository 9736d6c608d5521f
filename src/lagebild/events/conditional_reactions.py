"""A reaction announced to any or to a case of something: "Russland werde auf jede weitere Ausweisung
reagieren", "kündigte an, auf eine Stationierung mit Gegenmaßnahmen zu antworten", "werde jede Verletzung
der Grenze mit aller Härte beantworten" (what "beantworten" answers is its object). The reaction hangs on
a stimulus that has not happened, so it is held out (hypothetical), not announced as a plan; a reaction
to a given act ("reagierte auf die Ausweisung") names its determiner definitely."""

from __future__ import annotations

import re

from spacy.tokens import Token

from lagebild.events.dated_acts import told_as_past
from lagebild.events.event_clauses import NOMINAL_POS

REACTION_HEADS = re.compile(r"^(reagier|antwort|beantwort|vergelt)", re.IGNORECASE)
# "jede", "jeglichen", "jedweder" say any case; the indefinite article a case not yet given
ANY_CASE = ("jed", "jeglich")
A_CASE = {"ein", "eine", "einen", "einem", "einer"}
STIMULUS_CASE = "auf"
# the verb whose accusative object is what it answers
ANSWERS_ITS_OBJECT = re.compile(r"^beantwort", re.IGNORECASE)
STIMULUS_OBJECT = "obj"


def reaction_to_a_case(verb: Token) -> bool:
    if not REACTION_HEADS.match(verb.text) or told_as_past(verb):
        return False
    for child in verb.children:
        if child.dep_ not in ("obl", "obl:arg", "obj") or child.pos_ not in NOMINAL_POS:
            continue
        determiners = [c.lower_ for c in child.children if c.dep_ == "det"]
        any_case = any(d.startswith(ANY_CASE) for d in determiners)
        if any(c.dep_ == "case" and c.lower_ == STIMULUS_CASE for c in child.children):
            if any_case or any(d in A_CASE for d in determiners):
                return True
        elif any_case and _answers_its_object(verb, child):
            return True
    return False


def _answers_its_object(verb: Token, phrase: Token) -> bool:
    """ "jede Provokation beantworten": the object of "beantworten" is what it answers. Only any case of
    it ("eine Anfrage beantworten" is a reply to a given one)."""
    return phrase.dep_ == STIMULUS_OBJECT and ANSWERS_ITS_OBJECT.match(verb.text) is not None
