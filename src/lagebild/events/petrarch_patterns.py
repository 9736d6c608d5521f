"""Matching PETRARCH2 verb patterns on the token sequence around a verb (there is no English parse).

A pattern's pre-verb elements must occur in order between the clause start and the verb, its
post-verb elements in order between the verb and the end of the window; gaps are allowed, since
PETRARCH matches the head nouns of phrases ("restore full diplomatic ties" meets `{DIPLOMATIC TIES}`).
The most specific match wins: the one covering the most words; ties go to the earlier pattern.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lagebild.events.petrarch_lexicon import Pattern, PetrarchLexicon, Phrase

PREPOSITION_OBJECT_REACH = 5  # "(WITH +)" finds the actor within this many tokens after "with"
SKIPPABLE_BEFORE_ACTOR = {
    "the", "a", "an", "its", "their", "his", "her", "neighbouring", "neighboring",
    # titles the actor stage leaves outside a person's name ("that President Mugabe abandon …")
    "president", "prime", "minister", "premier", "chancellor", "king", "queen", "leader", "general",
    "foreign", "defence", "defense", "secretary", "former", "opposition",
}  # fmt: skip


@dataclass
class Found:
    start: int
    end: int
    score: int
    roles: dict[str, int] = field(default_factory=dict)  # "$"/"+" → actor start, "prep" → index


@dataclass(frozen=True)
class PatternMatch:
    code: str
    score: int
    source: int | None  # actor start the pattern marks as source ($)
    target: int | None  # actor start the pattern marks as target (+)
    preposition: int | None  # a bare "(WITH)"/"(TO)": the target follows this preposition


class SentenceView:
    """The lowercase words of a sentence and where actor spans start (sentence-relative indexes)."""

    def __init__(self, words: list[str], actor_ends: dict[int, int]):
        self.words = words
        self.actor_ends = actor_ends

    def phrase_at(self, position: int, phrase: Phrase, limit: int) -> bool:
        end = position + len(phrase)
        return end <= limit and tuple(self.words[position:end]) == phrase

    def actor_near(self, position: int, limit: int) -> int | None:
        """An actor starting at `position`, after at most a determiner or title or two."""
        for i in range(position, min(limit, position + 4)):
            if i in self.actor_ends:
                return i
            if self.words[i] not in SKIPPABLE_BEFORE_ACTOR:
                return None
        return None


def _sequence(
    view: SentenceView, lexicon: PetrarchLexicon, words: Phrase, pos: int, limit: int
) -> int | None:
    """End of the consecutive compound `words` matched at `pos` (each word may be a synset)."""
    if not words:
        return pos
    for alternative in lexicon.alternatives(words[0]):
        if view.phrase_at(pos, alternative, limit):
            end = _sequence(view, lexicon, words[1:], pos + len(alternative), limit)
            if end is not None:
                return end
    return None


def _find(
    view: SentenceView, lexicon: PetrarchLexicon, element: tuple, cursor: int, limit: int
) -> Found | None:
    kind = element[0]
    if kind in ("$", "+"):
        for pos in range(cursor, limit):
            if pos in view.actor_ends:
                return Found(pos, view.actor_ends[pos], 1, {kind: pos})
        return None
    if kind == "p":
        _, preposition, obj = element
        for pos in range(cursor, limit):
            if view.words[pos] != preposition:
                continue
            if obj is None:
                return Found(pos, pos + 1, 1, {"prep": pos})
            reach = min(limit, pos + 1 + PREPOSITION_OBJECT_REACH)
            if obj[0] in ("$", "+"):
                actor = view.actor_near(pos + 1, reach)
                if actor is not None:
                    return Found(pos, view.actor_ends[actor], 2, {obj[0]: actor})
                continue
            inner = _find(view, lexicon, obj, pos + 1, reach)
            if inner is not None:
                return Found(pos, inner.end, 1 + inner.score, inner.roles)
        return None
    words = element[1] if kind == "c" else (element[1],)
    for pos in range(cursor, limit):
        end = _sequence(view, lexicon, words, pos, limit)
        if end is not None:
            return Found(pos, end, end - pos)
    return None


def _side(view, lexicon, elements: tuple, start: int, limit: int) -> tuple[int, dict] | None:
    score, roles, cursor = 0, {}, start
    for element in elements:
        found = _find(view, lexicon, element, cursor, limit)
        if found is None:
            return None
        score, cursor = score + found.score, found.end
        roles.update(found.roles)
    return score, roles


def best_pattern(
    view: SentenceView,
    lexicon: PetrarchLexicon,
    patterns: list[Pattern],
    verb: tuple[int, int],
    window: tuple[int, int],
    verb_base: str | None = None,
) -> PatternMatch | None:
    """The most specific pattern of a verb block matching around `verb` within `window`. Among
    equally specific ones the pattern written for this very verb wins ("stop work" over "halt
    strike" for "stopped work … strike"), then the earlier one; the returned score is the number of
    matched elements, comparable across blocks."""
    best: PatternMatch | None = None
    best_rank = (0, False)
    for pattern in patterns:
        before = _side(view, lexicon, pattern.pre, window[0], verb[0])
        if before is None:
            continue
        after = _side(view, lexicon, pattern.post, verb[1], window[1])
        if after is None:
            continue
        own = verb_base is not None and pattern.verb is not None and pattern.verb.startswith(verb_base[:4])
        rank = (before[0] + after[0], own)
        if rank[0] == 0 or rank <= best_rank:
            continue
        best_rank = rank
        roles = {**before[1], **after[1]}
        best = PatternMatch(pattern.code, rank[0], roles.get("$"), roles.get("+"), roles.get("prep"))
    return best
