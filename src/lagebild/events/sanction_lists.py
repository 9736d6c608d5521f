"""Sides listed for sanctions without the one who lists them: "Auf der Liste steht auch die
Religionspolizei", "Fünf chinesische Firmen landen auf der Liste unzuverlässiger Unternehmen", "Zudem
wurden zwölf Reedereien auf die schwarze Liste gesetzt", "Der Minister selbst steht nicht auf der Liste".
A report of sanctions goes on to say who is on their list; the banks code each such sentence as the
sanction (163) by the side that imposed it in the sentences before, against the side of those listed
(else the earlier sanction's target), negated where they are not on it.

Only where the sentences before report sanctions by one side: a list of candidates, bestsellers or
wanted persons is no sanction, and a relative clause about a list ("Die Liste, auf der … stehen, …")
names the list, not the one on it."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from lagebild.events.arguments import ActorIndex, children, preposition_of, side_named, side_of
from lagebild.events.context_targets import ACT_SENTENCES, context_start
from lagebild.events.event_clauses import NOMINAL_POS
from lagebild.events.measures_in_force import SANCTION
from lagebild.events.modality import modality_of
from lagebild.events.one_side_acts import one_imposer
from lagebild.events.passive_sources import werden_passive
from lagebild.events.word_events import coded_between, word_event
from lagebild.pipeline.annotations import EventInfo

# the list, also of sanctions, terror or export controls ("Sanktionsliste", "Terrorliste")
LISTS = ("liste", "listen")
SINGULAR = "liste"
NOT_SANCTIONS = ("fahndungsliste", "wahlliste", "kandidatenliste", "rangliste", "bestsellerliste")
# being on it or landing on it; being put on it in an agentless passive
BEING_ON = frozenset({"stehen", "landen", "finden"})
PUTTING_ON = "setzen"
ON = "auf"
CONFIDENCE = 0.6


def sanction_listings(
    sentence: Span, acts: list[EventInfo], recent: list[EventInfo], actors: ActorIndex
) -> list[EventInfo]:
    """163 by the one side that imposed sanctions in the `recent` sentences (a report of the measures
    may go on about them before it names who is listed), for each clause that puts someone on a list
    without naming who put them there."""
    found = []
    for verb in sentence:
        listed = _listed(verb)
        if listed is None:
            continue
        imposed = one_imposer(recent, context_start(sentence, ACT_SENTENCES))
        if imposed is None:
            continue
        target = side_named(listed, actors) or imposed.target
        if target is None or side_of(target) in (None, side_of(imposed.source)):
            continue
        if coded_between(acts + found, SANCTION, imposed.source, target):
            continue
        event = word_event(verb, SANCTION, CONFIDENCE, imposed.source, target)
        found.append(replace(event, modality=modality_of(verb, sentence, None, sentence.doc._.article_date)))
    return found


def _listed(verb: Token) -> Token | None:
    """Who the verb puts on a list: the subject of "steht/landet auf der Liste", the passive subject of
    "wurde auf die Liste gesetzt"; None for other verbs or where an agent is named."""
    lemma = verb.lemma_.lower()
    if not any(_a_list(c) and preposition_of(c) == ON for c in children(verb, "obl")):
        return None
    if lemma in BEING_ON:
        # the parse takes a subject after the verb for its object ("steht auch die Sittenpolizei")
        subjects = children(verb, "nsubj", "obj")
    elif lemma == PUTTING_ON and werden_passive(verb):
        subjects = children(verb, "nsubj:pass")
    else:
        return None
    # a relative pronoun stands for the list or a name before; the clause's own subject is what is listed
    return next((s for s in subjects if s.pos_ in NOMINAL_POS), None)


def _a_list(noun: Token) -> bool:
    word = noun.lower_
    if not word.endswith(LISTS) or word.endswith(NOT_SANCTIONS):
        return False
    # "…listen" also ends the plural of nouns in "-list" ("Journalisten", "Nationalisten"): a compound
    # list is one by its lemma or its linking "s" ("Sanktionslisten")
    return (
        word in LISTS
        or word.endswith(SINGULAR)
        or noun.lemma_.lower().endswith(SINGULAR)
        or word.endswith("slisten")
    )
