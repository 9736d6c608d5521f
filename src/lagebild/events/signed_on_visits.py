"""Who signed an agreement a passive names no signer for, signed during a visit: "Der Vertrag war 2018
beim Besuch Putins in Neu-Delhi unterzeichnet worden", "Das Abkommen wurde während des Besuchs von
Präsident Macron in Rabat unterzeichnet". The visit names both parties: the visitor and the state
visited, who signed with each other."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import ActorIndex, children, destination, is_passive, passive_agents, visitor
from lagebild.events.codebook import CONCLUDED_AGREEMENT
from lagebild.events.triggers import Trigger

# the nouns of a visit the signing took place during: "Besuch", "Staatsbesuch", "Reise", "Visite"
VISIT_ENDINGS = ("besuch", "reise", "visite")


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


def names_a_visit(noun: Token) -> bool:
    return noun.lemma_.lower().endswith(VISIT_ENDINGS)
