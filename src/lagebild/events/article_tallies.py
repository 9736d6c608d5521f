"""What the confidence features count over the whole article, counted once per doc while its events are
scored (`tallied` opens and closes the memo, like the coder's memos): counted again for every event, the
entities' sides, the entity bounds and the sentence positions made the stage grow with the square of the
article's length. Outside `tallied` (a trainer asking for one event's features) they are counted afresh."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from spacy.tokens import Doc

from lagebild.events.arguments import side_of
from lagebild.pipeline.annotations import EventInfo

TALLIES = "lagebild_confidence_tallies"


@dataclass(frozen=True)
class ArticleTallies:
    mentions: Counter[str]  # the entities naming each state or IGO
    entity_bounds: frozenset[tuple[int, int]]  # (start, end) of every named entity
    sentence_index: dict[int, int]  # a sentence's start → its position in the article
    # an event's sentence start and what it says at state level, by the event's id and the key asked
    # for, as first asked: every event is compared with all the others (the events outlive the memo, so no
    # id is reused in it)
    event_keys: dict[tuple[int, Callable], tuple] = field(default_factory=dict)


def event_key(event: EventInfo, doc: Doc, key: Callable[[EventInfo], tuple]) -> tuple[int, tuple]:
    """(the start of the event's sentence, `key(event)`), from the memo where `tallied` keeps one."""
    memo = doc.user_data.get(TALLIES)
    if memo is None:
        return event.evidence.sent.start, key(event)
    memo_key = (id(event), key)
    if memo_key not in memo.event_keys:
        memo.event_keys[memo_key] = (event.evidence.sent.start, key(event))
    return memo.event_keys[memo_key]


def article_tallies(doc: Doc) -> ArticleTallies:
    """The doc's tallies, from the memo where `tallied` keeps one."""
    memo = doc.user_data.get(TALLIES)
    return memo if memo is not None else _count(doc)


@contextmanager
def tallied(doc: Doc) -> Iterator[None]:
    """The doc's tallies counted once and kept while its events are scored (the doc does not change then);
    a nested call keeps the outer one's."""
    outer = doc.user_data.get(TALLIES)
    doc.user_data[TALLIES] = outer if outer is not None else _count(doc)
    try:
        yield
    finally:
        if outer is None:
            doc.user_data.pop(TALLIES, None)


def _count(doc: Doc) -> ArticleTallies:
    sides = (side_of(entity) for entity in doc.ents)
    return ArticleTallies(
        mentions=Counter(side for side in sides if side is not None),
        entity_bounds=frozenset((entity.start, entity.end) for entity in doc.ents),
        sentence_index={sentence.start: i for i, sentence in enumerate(doc.sents)},
    )
