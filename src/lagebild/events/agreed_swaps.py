"""A prisoner exchange two sides agree on is the release each of them is to make: "Russland und die Ukraine
haben einen Austausch von jeweils tausend Kriegsgefangenen vereinbart", "Kiew und die Separatisten haben sich
auf einen Gefangenenaustausch verständigt". The agreement keeps its code (057); the banks also code the
exchange itself between the same two (0841, future), as for an exchange announced. Only an exchange of
people held: not one of ambassadors ("vereinbarten den Austausch von Botschaftern"), nor an exchange
referred back to ("einigten sich auf diesen Austausch"), which the text reported before."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from lagebild.events.arguments import side_of
from lagebild.events.codebook import CONCLUDED_AGREEMENT
from lagebild.events.held_people import CAPTIVES, word_forms
from lagebild.pipeline.annotations import EventInfo

RELEASE = "0841"
TO_COME = "future"
# an exchange of people held, named by its compound
SWAP_ENDINGS = ("gefangenenaustausch", "häftlingsaustausch", "gefangenentausch", "geiselaustausch")
# a plain exchange, with the people held in its genitive or "von" phrase
EXCHANGE = "austausch"
HELD_ENDINGS = tuple(word_forms(CAPTIVES))
# how the verb of agreeing takes what is agreed: "vereinbarten einen Austausch", "verständigten sich auf"
AGREED_DEPS = ("obj", "obl", "nsubj:pass")


def agreed_swaps(events: list[EventInfo]) -> list[EventInfo]:
    """The exchange to come for each agreement on one, unless the sentence codes it between the two."""
    coded = {(side_of(e.source), side_of(e.target)) for e in events if e.code == RELEASE}
    return [
        replace(event, code=RELEASE, modality=TO_COME)
        for event in events
        if event.code == CONCLUDED_AGREEMENT
        and _agrees_on_a_swap(event.trigger.root)
        and (side_of(event.source), side_of(event.target)) not in coded
    ]


def _agrees_on_a_swap(verb: Token) -> bool:
    return any(_names_a_swap(c) for c in verb.children if c.dep_ in AGREED_DEPS)


def _names_a_swap(noun: Token) -> bool:
    lower = noun.lower_
    if lower.endswith(SWAP_ENDINGS):
        return True
    return lower == EXCHANGE and any(
        c.lower_.endswith(HELD_ENDINGS) for c in noun.children if c.dep_ == "nmod"
    )
