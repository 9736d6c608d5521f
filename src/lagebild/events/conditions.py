"""Conditions and their consequences: "Falls Russland angreift, verhängt die EU Sanktionen".

What follows if a condition is met has not happened. Said by the author it is a hypothesis; said by a
speaker who names the condition ("Minsk droht mit …, falls …") it is a conditional threat, which the
speaker does make.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from lagebild.events.event_clauses import clause_verb, next_token, own_clause, surface_clause
from lagebild.events.modality_words import CONDITION_MARKS, SUBJUNCTIVE_II, THREAT_HEADS

CONDITIONAL_AUX = {"sollte", "sollten"}
# "ob" and "whether" open an indirect question, not a condition
IF_MARKS = CONDITION_MARKS - {"ob", "whether"}
REPORTED_MODALS = {"könne", "werde", "müsse", "wolle", "dürfe"}
SPEECH_HEADS = re.compile(
    r"^(sagt|erklärt|betont|droht|warnt|kündigt|teilte|teilt|hieß|heißt|versprach|versprich|versproch|"
    r"bot|biet|sichert|forder|verlang)",
    re.IGNORECASE,
)
# "stellte eine Wiederaufnahme in Aussicht, falls …": a conditional promise is made
PROMISE_NOUNS = {"aussicht"}


def is_concessive(mark: Token) -> bool:
    """ "Wenn auch spät, hat die EU …": a concession, no condition."""
    following = next_token(mark)
    return mark.lower_ == "wenn" and following is not None and following.lower_ in ("auch", "gleich")


def holds_regardless(mark: Token) -> bool:
    """ "…, auch wenn das derzeit nicht ansteht", "selbst wenn Warschau protestiert": what the main clause
    says holds whether or not this clause does; the clause itself stays open."""
    preceding = mark.doc[mark.i - 1] if mark.i > mark.sent.start else None
    return mark.lower_ == "wenn" and preceding is not None and preceding.lower_ in ("auch", "selbst")


def opens_condition(clause: Span) -> bool:
    """A surface clause opened by "wenn", "falls", "sofern" or a verb-first "sollte"."""
    if not len(clause):
        return False
    first = clause[0].lower_
    conditional = first in IF_MARKS and not is_concessive(clause[0])
    return conditional or first in CONDITIONAL_AUX


def verb_first_condition(verb: Token) -> bool:
    """A clause opened by "sollte(n)" is a condition ("Sollte die EU Sanktionen verhängen, …",
    "…, sollten auch sie die Zahlung verweigern")."""
    for aux in (c for c in verb.children if c.dep_ == "aux" and c.lower_ in CONDITIONAL_AUX):
        if aux.i == aux.sent.start or aux.doc[aux.i - 1].is_punct:
            return True
    return False


def _is_condition(clause: Token) -> bool:
    """A clause, named by its verb, that states a condition: marked by "wenn", "falls" … or verb-first."""
    marks = {
        m.lower_
        for m in clause.children
        if m.dep_ == "mark" and not is_concessive(m) and not holds_regardless(m)
    }
    return bool(marks & IF_MARKS) or verb_first_condition(clause)


def consequence_of_condition(verb: Token, trigger: Token) -> bool:
    """The author's consequence of a condition ("Falls Russland angreift, verhängt die EU Sanktionen";
    "Sollte Iran weitermachen, drohen Strafmaßnahmen") is not done; a speaker threatening it on a
    condition ("Minsk droht mit …, falls …") does assert the threat."""
    conditional = any(_is_condition(c) for c in verb.children if c.dep_ == "advcl")
    return conditional and not spoken_by_someone(verb, trigger)


def is_conditional_consequence(trigger: Token) -> bool:
    """The event is what follows if a condition is met ("Sollte die EU weitere Sanktionen verhängen,
    könne Belarus die Durchleitung unterbrechen"): said by its source, that is a conditional threat."""
    verb = clause_verb(trigger)
    conditions = [c for c in verb.children if c.dep_ == "advcl"]
    if verb.dep_ in ("ccomp", "parataxis", "conj") and verb.head.i < verb.i:
        conditions.append(verb.head)  # the parser hung the consequence on its condition
    conditional = any(_is_condition(c) for c in conditions)
    # a threat is said by someone: reported speech ("könne", "werde"), not the author's speculation
    reported = any(c.lower_ in REPORTED_MODALS for c in verb.children if c.dep_ == "aux")
    if not reported and any(t.lower_ in SUBJUNCTIVE_II for t in surface_clause(trigger)):
        # "…, könnte Iran die Meerenge blockieren, sagte ein Analyst": a forecast in Konjunktiv II is
        # a threat only where a verb of threatening reports it ("…, würde Russland …, drohte Putin")
        return conditional and any(
            THREAT_HEADS.match(t.text) and spoken_by_someone(t, trigger) for t in verb.sent
        )
    return conditional and (reported or any(spoken_by_someone(t, trigger) for t in verb.sent))


def spoken_by_someone(token: Token, trigger: Token) -> bool:
    """A speech verb with a speaker: "Minsk droht, …", not the impersonal "es drohen Strafmaßnahmen"
    where the measures themselves are what looms."""
    # a verb coordinated without a subject of its own shares the first verb's ("warf Kabul vor … und
    # drohte mit Schlägen, falls …")
    speaking = token.head if token.dep_ == "conj" and not _has_subject(token) else token
    speakers = [c for c in speaking.children if c.dep_ == "nsubj" and c.i != trigger.i and c.lower_ != "es"]
    promising = any(t.lower_ in PROMISE_NOUNS for t in own_clause(token))
    return (SPEECH_HEADS.match(token.text) is not None or promising) and bool(speakers)


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubj:pass", "expl") for c in verb.children)
