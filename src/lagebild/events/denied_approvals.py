"""A thing called not acceptable is disapproved of: "Er nannte den Schritt Ungarns nicht akzeptabel",
"bezeichnete das Vorgehen Pekings als nicht vertretbar". An approval denied is no negated praise but
criticism (CAMEO 111) of whoever is behind the thing, as the banks code it, and as the same words in a
reported verdict are read (`reported_verdicts`: "Die Entscheidung sei nicht hinnehmbar, sagte sie")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import ActorIndex, children, preposition_of, same_actor, side_named, subject_of
from lagebild.events.circumstances import clause_date
from lagebild.events.lexicon import german_lexicon
from lagebild.events.noun_agents import JUDGED_AS
from lagebild.events.reported_verdicts import DISAPPROVAL, VERDICT_CONFIDENCE, denies_approval
from lagebild.events.targets_described import CALLING_VERBS
from lagebild.events.word_events import coded_between, word_event
from lagebild.pipeline.annotations import EventInfo


def called_unacceptable(sentence: Span, events: list[EventInfo], actors: ActorIndex) -> list[EventInfo]:
    """One disapproval per thing of a named side its caller calls not acceptable: from the subject of
    a verb of calling ("nennen", "bezeichnen … als") to the side its object names ("den Schritt der
    Saudis", "die russische Haltung")."""
    found = []
    for predicate in sentence:
        if not (denies_approval(predicate) and _complement(predicate) and _calls(predicate.head)):
            continue
        verb = predicate.head
        subject = subject_of(verb)
        thing = next(iter(children(verb, "obj")), None)
        caller = actors.of_phrase(subject) if subject is not None else None
        judged = side_named(thing, actors) if thing is not None else None
        if caller is None or judged is None or same_actor(caller, judged):
            continue
        if coded_between(events + found, DISAPPROVAL[:2], caller, judged):
            continue
        date = clause_date(verb, sentence, sentence.doc)
        found.append(word_event(predicate, DISAPPROVAL, VERDICT_CONFIDENCE, caller, judged, date))
    return found


def _complement(predicate: Token) -> bool:
    """What the object is called: the verb's complement, also where the parse took "als nicht
    hinnehmbar" for a conjunct of the verb, or "für nicht akzeptabel" after "halten" for an oblique."""
    judged_as = predicate.dep_ == "obl" and preposition_of(predicate) == JUDGED_AS
    return (
        predicate.dep_ == "xcomp"
        or judged_as
        or (predicate.dep_ == "conj" and bool(children(predicate, "cc", "mark")))
    )


def _calls(verb: Token) -> bool:
    """A form the lexicon lists for a verb of calling ("nannte", "bezeichnete"), as the triggers match it."""
    return any(e.lemma in CALLING_VERBS for e in german_lexicon().verbs_by_form.get(verb.lower_, ()))
