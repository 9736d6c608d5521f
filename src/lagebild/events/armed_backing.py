"""Backing an armed force is aid (CAMEO 07), not diplomatic support (050): "Haftar wird von Russland und
Ägypten unterstützt", "Iran unterstützt die Huthis", "die von Moskau unterstützten Separatisten". What a
state gives a militia, a rebel army or a warlord's forces is money, arms and men, whatever the verb
leaves untold (codebook 070, provide aid; the banks code it so); political backing of a government or a
party stays 050. The lexicon names the armed groups no actor stands for ("unterstützt die Rebellen"),
this rule those the actor stage resolves: a rebel, separatist or military actor code, or an armed
group of the knowledge base."""

from __future__ import annotations

from dataclasses import replace

from lagebild.events.arguments import actor_of
from lagebild.pipeline.annotations import EventInfo

BACKING = "050"
AID = "070"
SUPPORTING = {"unterstützen", "unterstützung"}
# actor-code roles of armed forces: rebels, separatists, an army or unnamed armed men
ARMED_ROLES = ("REB", "SEP", "MIL", "UAF", "INS")


def as_armed_backing(event: EventInfo) -> EventInfo:
    if event.code != BACKING or event.target is None:
        return event
    if event.trigger.root.lemma_.lower() not in SUPPORTING:
        return event
    actor = actor_of(event.target)
    code = actor.actor_code if actor is not None else None
    return replace(event, code=AID) if code and code.endswith(ARMED_ROLES) else event
