"""Office holders the KB does not know, introduced by a role without an owner: "Innenminister Juri
Karajew", "Sprecherin Hua Chunying", "Atombehördenchef Mohammad Eslami". German news leaves the
state out where the passage already says which state it is about, so the holder belongs to the
state of the nearest actor, capital or country adjective before the role in the sentence, else in
the two sentences before, else to the state that clearly dominates the article so far. Actors after
the name are left out: there the holder usually speaks of another state ("warf Kanada vor").
Officials of an IGO ("Erweiterungskommissarin Marta Kos") have no country but are owned: they keep
their IGO.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from lagebild.pipeline.actor_lexicon import ROLE_SECTORS
from lagebild.pipeline.actor_passage import (
    INSTITUTION_SENTENCE_WINDOW,
    adjective_states,
    dominant_state,
    state_of,
)
from lagebild.pipeline.actor_references import sentence_index


def place_unowned_holders(doc: Doc, mentions: list, places: list, index) -> None:
    """Give document actors with a role and no country the state of the passage (in place: the
    mention, its span and every later mention of the same person)."""
    unowned = [
        m
        for m in mentions
        if m.actor.kb_id is None
        and m.actor.role
        and not m.actor.country
        and not (m.actor.actor_code or "").startswith("IGO")
    ]
    if not unowned:
        return
    sentence_of = sentence_index(doc)
    taken = {i for m in mentions for i in range(m.span.start, m.span.end)}
    context = [m for m in [*mentions, *places] if state_of(m)] + adjective_states(doc, taken, index)
    placed = {}
    for mention in sorted(unowned, key=lambda m: m.span.start):
        old = mention.actor
        if id(old) not in placed:
            country = _passage_state(context, mention.span.start, sentence_of)
            if country is None:
                continue
            sector = ROLE_SECTORS.get(old.role, "GOV")
            placed[id(old)] = replace(old, country=country, actor_code=f"{country}{sector}")
    for mention in mentions:
        new = placed.get(id(mention.actor))
        if new is not None:
            mention.actor = mention.span._.actor = new


def _passage_state(context: list, i: int, sentence_of: list[int]) -> str | None:
    sentence = sentence_of[i]
    before = [c for c in context if c.span.end <= i]
    same = [c for c in before if sentence_of[c.span.start] == sentence]
    recent = [c for c in before if 0 < sentence - sentence_of[c.span.start] <= INSTITUTION_SENTENCE_WINDOW]
    if same:
        return state_of(max(same, key=lambda c: c.span.end))
    # from the sentences before only with a second clue: foreign officials are quoted right after
    # their counterparts are named, so the nearest state must also be the article's dominant one
    recent_state = state_of(max(recent, key=lambda c: c.span.end)) if recent else None
    return recent_state if recent_state and recent_state == dominant_state(before) else None
