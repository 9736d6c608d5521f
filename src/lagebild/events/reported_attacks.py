"""Force named by a noun that a state reports with no doer named: "Die ukrainischen Behörden meldeten
Drohnenangriffe auf ein Krankenhaus in Sumy", "Kiew meldete Drohnenangriffe auf eine Raffinerie in
Saratow". A side that reports strikes on a place of another side made them; one that reports strikes
on itself, or names no one struck, reports the attacks of the side said to attack it before ("Putin
bestritt, die Ukraine angreifen zu wollen. … In der Nacht meldeten ukrainische Behörden
Drohnenangriffe"); with none, the doer is unknown.

Precision first: only the object of a reporting verb whose subject names a state, and no fight of two
sides ("meldete Gefechte"). Force nouns with no doer in their sentence are mostly not coded by the banks,
which want actor and act in the sentence: taking the attacker named before for any of them (the latest
attack on the side struck, else the article's one attacker) found 15 gold events for 131 wrong on the
tuning splits, with no construction, modality or distance doing better than one right for one wrong;
a report of the attack names the side it concerns, and the banks code it."""

from __future__ import annotations

from spacy.tokens import Span

from lagebild.events.arguments import ActorIndex, is_state_side, same_side, side_named, side_of, subject_of
from lagebild.events.codebook import FORCE_ROOTS
from lagebild.events.fighting_sides import FIGHT_ENDINGS
from lagebild.events.noun_agents import REPORTING_VERBS
from lagebild.events.struck_places import struck_place
from lagebild.events.triggers import Trigger
from lagebild.pipeline.annotations import EventInfo


def reported_attack(
    trigger: Trigger, actors: ActorIndex, before: list[EventInfo]
) -> tuple[Span, Span] | None:
    """The doer and the side struck of an attack a state reports with no doer named; None where the noun
    is no such report or no doer is known. `before`: the article's events so far."""
    noun = trigger.token
    if trigger.entry.kind != "N" or trigger.entry.code[:2] not in FORCE_ROOTS:
        return None
    if noun.dep_ != "obj" or noun.head not in REPORTING_VERBS or noun.lower_.endswith(FIGHT_ENDINGS):
        return None
    subject = subject_of(noun.head)
    reporter = side_named(subject, actors) if subject is not None else None
    if reporter is None or not is_state_side(side_of(reporter)):
        return None
    # a place of another side struck: the reporter's own strike ("auf eine Raffinerie in Saratow")
    struck = struck_place(trigger, actors, reporter)
    if struck is not None:
        return reporter, struck
    # an attack on the reporter's side told before, also one denied or feared, names whom it is attacked by
    on_the_reporter = [
        e
        for e in before
        if e.code[:2] in FORCE_ROOTS
        and same_side(e.target, reporter)
        and is_state_side(side_of(e.source))
        and not same_side(e.source, reporter)
    ]
    return (on_the_reporter[-1].source, reporter) if on_the_reporter else None
