"""Sanctions a demand or an appeal asks for are an act of their own, a hypothetical one, against the
party they are to hit (the gold guidelines: "the demanded action is annotated as a separate
hypothetical event"; "for demands/appeals for sanctions … with no named addressee, the target is the
party the measure is aimed at"). "Selenskyj forderte härtere Sanktionen", "Litauen verlangte schärfere
Sanktionen", "Die Ukraine drängt auf ein Embargo gegen Rosatom": no one is named who would impose them,
so the sanctions have no source; the demand's target is the one they would hit.

A demand addressed to an organisation ("forderte die EU auf, …") names who would impose them, but not
whom they would hit; that is left to `demanded_acts.py` and the context. Sanctions the sentence already
codes against that party (imposed, announced or asked of a named addressee) are not coded twice."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from lagebild.events.arguments import PATIENT_DEPS, is_organisation, preposition_of, side_of
from lagebild.events.codebook import ASKING_ROOTS
from lagebild.events.demanded_acts import ASKED_CONFIDENCE
from lagebild.events.lexicon import Lexicon
from lagebild.events.triggers import Trigger, noun_trigger
from lagebild.pipeline.annotations import EventInfo

SANCTIONS = "163"
# the phrases by which a demand names what it asks for: its object ("verlangte Sanktionen"), and
# "drängt auf ein Embargo", "rief zu Sanktionen auf", "bat um Strafmaßnahmen"
ASKED_WITH = {"auf", "zu", "zum", "zur", "um", "nach"}


def demanded_sanctions(events: list[EventInfo], triggers: list[Trigger], lexicon: Lexicon) -> list[EventInfo]:
    """A hypothetical 163 without a source against the target of each asserted demand for sanctions."""
    by_token = {t.token.i: t for t in triggers}
    already = {side_of(e.target) for e in events if e.code.startswith(SANCTIONS) and e.target is not None}
    asked = []
    for event in events:
        if not event.code.startswith(ASKING_ROOTS) or event.modality != "asserted" or event.target is None:
            continue
        trigger = by_token.get(event.trigger.start)
        aimed_at = side_of(event.target)
        if trigger is None or aimed_at is None or aimed_at in already or is_organisation(event.target):
            continue
        if not any(_names_sanctions(noun, lexicon) for noun in _asked_nouns(trigger.token)):
            continue
        already.add(aimed_at)
        asked.append(
            replace(event, code=SANCTIONS, modality="hypothetical", source=None, confidence=ASKED_CONFIDENCE)
        )
    return asked


def _asked_nouns(verb: Token) -> list[Token]:
    """The verb's object and what it is coordinated with ("eine Untersuchung und härtere Sanktionen"),
    and the nouns of its phrases that name what is asked for."""
    named = [c for c in verb.children if c.dep_ in PATIENT_DEPS or preposition_of(c) in ASKED_WITH]
    return [n for c in named for n in (c, *(d for d in c.children if d.dep_ == "conj"))]


def _names_sanctions(noun: Token, lexicon: Lexicon) -> bool:
    trigger = noun_trigger(noun, lexicon)
    return trigger is not None and trigger.entry.code.startswith(SANCTIONS)
