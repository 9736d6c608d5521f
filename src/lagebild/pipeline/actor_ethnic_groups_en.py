"""English "ethnic Albanians", "ethnic Serbs": a people named as an ethnic group lives elsewhere.

"Ethnic" marks the people as a minority of another state than the one the demonym names: "ethnic
Albanians demonstrated in Serbia" are residents of Serbia, and CAMEO codes ethnic groups by the state
they live in (the PLOVER gold: SRB). That state is the first other state the sentence names; without
one the demonym's own state stays.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol

from spacy.tokens import Span

from lagebild.pipeline.annotations import ActorRef

ETHNIC_MARKS = {"ethnic"}
IGO = "IGO"


class ActorMention(Protocol):
    span: Span
    actor: ActorRef


def place_ethnic_groups(mentions: list[ActorMention], states: set[str]) -> None:
    """Give every mention after "ethnic" the state of residence its sentence names; `states` holds
    the country codes of states (mentions of an IGO or a person's party are no residence)."""
    for mention in mentions:
        span = mention.span
        if span.start == 0 or span.doc[span.start - 1].lower_ not in ETHNIC_MARKS:
            continue
        own = mention.actor.country
        residence = _other_state(mentions, span, own, states)
        if residence is not None:
            # no KB id: the group is no longer the state its demonym names, nor the one it lives in
            mention.actor = replace(
                mention.actor, name=span.text, kb_id=None, country=residence, actor_code=residence
            )


def _other_state(mentions: list[ActorMention], span: Span, own: str | None, states: set[str]) -> str | None:
    sentence = span.sent if span.doc.has_annotation("SENT_START") else span.doc[:]
    named = sorted(
        (m for m in mentions if sentence.start <= m.span.start < sentence.end and m.span != span),
        key=lambda m: m.span.start,
    )
    for other in named:
        country = other.actor.country
        if country and country != own and country != IGO and country in states:
            return country
    return None
