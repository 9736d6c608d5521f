"""Who signed an agreement a passive names no signer for, signed during a visit: "Der Vertrag war 2018
beim Besuch Putins in Neu-Delhi unterzeichnet worden", "Das Abkommen wurde während des Besuchs von
Präsident Macron in Rabat unterzeichnet". The visit names both parties: the visitor and the state
visited, who signed with each other."""

from __future__ import annotations

from spacy.tokens import Span

from lagebild.events.arguments import (
    ActorIndex,
    children,
    destination,
    is_passive,
    names_a_visit,
    passive_agents,
    visitor,
)
from lagebild.events.codebook import CONCLUDED_AGREEMENT
from lagebild.events.triggers import Trigger


def signed_on_visit(trigger: Trigger, actors: ActorIndex) -> list[Span]:
    """[visitor, host] for an agreement signed in an agentless passive during a visit naming both."""
    verb = trigger.token
    if trigger.entry.code != CONCLUDED_AGREEMENT or trigger.entry.kind != "V":
        return []
    if not is_passive(verb) or passive_agents(verb):
        return []
    for visit in filter(names_a_visit, children(verb, "obl")):
        guest, host = visitor(visit, actors), destination(visit, actors)
        if guest is not None and host is not None:
            return [guest, host]
    return []
