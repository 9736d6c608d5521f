"""People who back a named actor ("Anhänger der Junta"): civilians of that actor's state."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from lagebild.pipeline.actor_institutions import counted_group, determiner_start
from lagebild.pipeline.actor_lexicon import SUPPORTERS_DE
from lagebild.pipeline.actor_passage import StateClue, state_of
from lagebild.pipeline.annotations import ActorRef


def supporters(doc: Doc) -> list[tuple[Span, ActorRef]]:
    """'Tausende Anhänger der Junta', 'Unterstützer des Präsidenten': the people who back an actor
    named in the genitive right after them are of that actor's state (CAMEO civilians)."""
    starts = {e.start: e for e in doc.ents if e._.actor is not None and state_of(StateClue(e, e._.actor))}
    found = []
    for i, token in enumerate(doc[:-2]):
        if token.text not in SUPPORTERS_DE or doc[i + 1].text not in {"der", "des"}:
            continue
        owner = starts.get(i + 1) or starts.get(i + 2)
        if owner is None:
            continue
        start = counted_group(doc, i)
        start = start if start is not None else determiner_start(doc, i) if i else None
        span = Span(doc, i if start is None else start, i + 1, label="ORG")
        country = owner._.actor.country
        found.append((span, ActorRef(name=span.text, country=country, actor_code=f"{country}CVL")))
    return found
