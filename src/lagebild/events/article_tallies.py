"""What the confidence features count over the whole article, counted once per doc while its events are
scored (`tallied` opens and closes the memo, like the coder's memos): counted again for every event, the
entities' sides, the entity bounds and the sentence positions made the stage grow with the square of the
article's length. Outside `tallied` (a trainer asking for one event's features) they are counted afresh."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from spacy.tokens import Doc

from lagebild.events.arguments import side_of

TALLIES = "lagebild_confidence_tallies"


@dataclass(frozen=True)
class ArticleTallies:
    mentions: Counter[str]  # the entities naming each state or IGO
    entity_bounds: frozenset[tuple[int, int]]  # (start, end) of every named entity
    sentence_index: dict[int, int]  # a sentence's start → its position in the article


def article_tallies(doc: Doc) -> ArticleTallies:
    """The doc's tallies, from the memo where `tallied` keeps one."""
    memo = doc.user_data.get(TALLIES)
    return memo if memo is not None else _count(doc)


@contextmanager
def tallied(doc: Doc) -> Iterator[None]:
    """The doc's tallies counted once and kept while its events are scored (the doc does not change then)."""
    doc.user_data[TALLIES] = _count(doc)
    try:
        yield
    finally:
        del doc.user_data[TALLIES]


def _count(doc: Doc) -> ArticleTallies:
    sides = (side_of(entity) for entity in doc.ents)
    return ArticleTallies(
        mentions=Counter(side for side in sides if side is not None),
        entity_bounds=frozenset((entity.start, entity.end) for entity in doc.ents),
        sentence_index={sentence.start: i for i, sentence in enumerate(doc.sents)},
    )
