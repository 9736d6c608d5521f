"""A proposal of what "we" are to do is the proposer's intent (CAMEO 03x), not an appeal (02x).

"Ich habe meiner Amtskollegin vorgeschlagen, dass wir uns noch in dieser Woche treffen": what "we" are
to do includes the proposer, who so expresses its intent to meet (036; to do anything else, 030), as
the banks code it. A proposal of what others are to do ("schlug vor, dass sich die Allianz an die
Botschaft wende") stays the appeal."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from lagebild.pipeline.annotations import EventInfo

PROPOSAL = "020"
INTENT_TO_COOPERATE, INTENT_TO_MEET = "030", "036"
PROPOSING, PROPOSING_STEM, PARTICLE = "vorschlagen", "schlagen", "vor"
CLAUSE_DEPS = ("ccomp", "advcl", "xcomp")
WE = "wir"
MEETING_VERBS = {"treffen", "zusammenkommen", "sprechen", "verhandeln", "beraten", "zusammensetzen"}


def as_proposed_cooperation(event: EventInfo) -> EventInfo:
    if event.code != PROPOSAL or event.modality == "hypothetical":
        return event
    verb = event.trigger.root
    if not _proposing(verb):
        return event
    clause = next((c for c in verb.children if c.dep_ in CLAUSE_DEPS and _said_of_us(c)), None)
    if clause is None:
        return event
    return replace(
        event, code=INTENT_TO_MEET if clause.lemma_.lower() in MEETING_VERBS else INTENT_TO_COOPERATE
    )


def _proposing(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    particle = any(c.dep_ == "compound:prt" and c.lower_ == PARTICLE for c in verb.children)
    return lemma == PROPOSING or lemma == PROPOSING_STEM and particle


def _said_of_us(clause: Token) -> bool:
    return any(c.dep_ == "nsubj" and c.lower_ == WE for c in clause.children)
