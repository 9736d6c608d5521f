"""The pair a story is about: the two states its events so far have set against or beside each other
most often. Group nouns ("beide Seiten") and mediators' acts with no parties named stand for it."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span

from lagebild.events.arguments import is_state_side, side_of
from lagebild.pipeline.annotations import EventInfo


def main_pair(before: Sequence[EventInfo]) -> list[Span]:
    """The two states the events so far have coded with each other in the most sentences, the latest
    spans of each; none where two pairs tie (the latest pair named, `meetings.mutual_sides`' guess,
    is then as good as any)."""
    sentences: dict[frozenset[str], set[int]] = {}
    latest: dict[str, Span] = {}
    for event in before:
        if event.source is None or event.target is None:
            continue
        sides = (side_of(event.source), side_of(event.target))
        if not all(map(is_state_side, sides)) or sides[0] == sides[1]:
            continue
        sentences.setdefault(frozenset(sides), set()).add(event.trigger.sent.start)
        latest[sides[0]], latest[sides[1]] = event.source, event.target
    ranked = sorted(sentences.values(), key=len, reverse=True)
    if not ranked or len(ranked) > 1 and len(ranked[0]) == len(ranked[1]):
        return []
    main = next(pair for pair, found in sentences.items() if found is ranked[0])
    return [latest[side] for side in sorted(main)]
