"""The two Korean states named by their halves ("der Norden", "der Süden")."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from lagebild.pipeline.actor_institutions import OWNER_FOLLOWS
from lagebild.pipeline.actor_passage import state_of
from lagebild.pipeline.annotations import ActorRef

# "dem Norden Hilfe anbieten": German news names the two Korean states by their halves.
KOREAN_HALVES = {"Norden": "PRK", "Süden": "KOR"}


def korean_halves(doc: Doc, taken: set[int], context: list) -> list[tuple[Span, ActorRef]]:
    """'bot dem Norden Hilfe an' in a story about Korea: German news names the two Korean states
    "der Norden" and "der Süden". Not "im Norden" or "den Norden des Landes": a region."""
    if not {"KOR", "PRK"} & {state_of(c) for c in context}:
        return []
    found = []
    for i, token in enumerate(doc):
        state = KOREAN_HALVES.get(token.text)
        if state is None or i == 0 or i in taken or doc[i - 1].text.lower() not in {"der", "dem", "den"}:
            continue
        following = doc[i + 1].text if i + 1 < len(doc) else ""
        if following in OWNER_FOLLOWS or (i >= 2 and doc[i - 2].text.lower() in {"in", "aus", "nach"}):
            continue
        span = Span(doc, i - 1, i + 1, label="LOC")
        found.append((span, ActorRef(name=span.text, country=state, actor_code=state)))
    return found
