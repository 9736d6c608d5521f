"""Onlookers are no political actors: what observers, experts and analysts doubt, warn or expect, and
what a poll finds a majority rejects, is commentary, not an act ("Ob die Gespräche etwas bringen,
bezweifeln Beobachter", "Eine Mehrheit der Polen lehnt laut einer Umfrage die Aufnahme ab"). The
coder would otherwise lend such a verb the actor of a phrase nearby or of the sentence before.

Statements never made are dropped here too (`unsaid_statements.py`), since the coder filters its
events through this module once.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from lagebild.events.accusing_critics import accused_by_critics
from lagebild.events.arguments import actor_of, entity_at
from lagebild.events.event_clauses import NOMINAL_POS
from lagebild.events.onlooker_words import ONLOOKERS
from lagebild.events.unsaid_statements import unsaid_statement
from lagebild.pipeline.annotations import EventInfo

# the share of a population a poll speaks for
SHARES = {"mehrheit", "minderheit", "hälfte", "drittel", "viertel", "prozent", "befragte", "befragten"}
POLL_WORDS = re.compile(
    r"\b(umfrage|befragte|befragten|erhebung|meinungsforsch|forsa|yougov|datafolha)", re.IGNORECASE
)


def without_onlookers(events: list[EventInfo]) -> list[EventInfo]:
    return [e for e in events if not _said_by_onlookers(e) and not unsaid_statement(e)]


def _said_by_onlookers(event: EventInfo) -> bool:
    trigger = event.trigger.root
    if trigger.pos_ == "NOUN":
        return False  # an act noun names its actor itself
    poll = POLL_WORDS.search(trigger.sent.text) is not None
    if poll and any(s.lower_ in SHARES for s in _polled(trigger)):
        return True
    # an accusation raised by critics is an act of theirs (`accusing_critics`)
    return any(_commentator(s) and not accused_by_critics(event, s) for s in _subjects(trigger))


def _subjects(verb: Token) -> list[Token]:
    """The verb's subject, also where the tagger took the verb for an adjective of its subject
    ("bezweifeln"/ADJ → "Beobachter")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "amod" and verb.head.pos_ in NOMINAL_POS and verb.head.i > verb.i:
        subjects.append(verb.head)
    return subjects


def _polled(verb: Token) -> list[Token]:
    """The share a poll speaks for, as subject, or as the object the parser takes a subject after the
    verb for ("Laut einer Umfrage befürwortet eine Mehrheit der Deutschen die Entscheidung": two objects)."""
    objects = [c for c in verb.children if c.dep_ == "obj" and c.i > verb.i]
    return _subjects(verb) + objects[:1]


def _commentator(subject: Token) -> bool:
    """An onlooker by trade, unless the actor stage placed the group in a state ("Kritiker in Warschau
    werfen Brüssel vor": `actor_located_critics`), which makes it that state's people speaking."""
    if "-" in subject.text or ONLOOKERS.search(subject.text) is None:
        return False
    placed = entity_at(subject)
    return placed is None or actor_of(placed) is None
