"""Targets listed after the one the parse found: "rief die Botschafter in Berlin, Paris und London
zurück", "habe sich mit Joe Biden, Emmanuel Macron und Rishi Sunak abgestimmt". The weak parse hangs
the middle items of such a list on the first as a flat name or an apposition, so the conjuncts of the
target miss them; the words of the list do not. A list ends with "und" or "sowie": commas alone make
an apposition ("mit Joe Biden, dem US-Präsidenten"), whose actor is the target itself."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from lagebild.events.arguments import (
    LIST_CONJUNCTIONS,
    LIST_SEPARATORS,
    SUBJECT_DEPS,
    ActorIndex,
    actor_or_place,
    clause_tokens,
    side_of,
)
from lagebild.events.event_clauses import VERBAL_POS, clause_verb
from lagebild.pipeline.annotations import EventInfo

# the words of an item's noun phrase before its name ("den Niederlanden", "der ukrainische Präsident"),
# at most as many as an article, an adjective and a title or two take; further on is no list item
NOUN_PHRASE_WORDS = ("DET", "ADJ", "NOUN", "PROPN")
ITEM_WINDOW = 4


def with_listed_targets(events: list[EventInfo], actors: ActorIndex) -> list[EventInfo]:
    """Each event whose target its clause names, and one more for every later item of a list that
    target opens, on a side not yet among the act's targets or sources ("Israel, die Emirate und
    Bahrain unterzeichneten": each signs with each already)."""
    listed = []
    for event in events:
        if event.target is None or event.source is None or not _in_clause(event.target, event.trigger):
            continue
        acts = [e for e in events if _same_act(e, event)]
        sides = {side_of(e.target) for e in acts if e.target is not None}
        sides |= {side_of(e.source) for e in acts if e.source is not None}
        listed_items = _listed_before(event.target, actors) + _listed_after(
            event.target, actors, event.trigger.root
        )
        for item in listed_items:
            if side_of(item) not in sides:
                sides.add(side_of(item))
                listed.append(_with_target(event, item))
    return events + listed


def _listed_after(first: Span, actors: ActorIndex, trigger: Token) -> list[Span]:
    """The actors, or places standing for their states, listed right after `first` in the clause of
    `trigger`; none where the commas after it are closed by no "und"/"sowie"."""
    doc, items, position = first.doc, [], first.end
    while position < first.sent.end and doc[position].lower_ in LIST_SEPARATORS:
        item = _item_after(doc[position], actors)
        if item is None or _opens_a_clause(item, trigger):
            return []
        items.append(item)
        if doc[position].lower_ in LIST_CONJUNCTIONS:
            return items
        position = max(item.end, _end_of_name(item.root))
    return []


def _listed_before(last: Span, actors: ActorIndex) -> list[Span]:
    """The items of a list the target closes ("hatte Großbritannien, Kanada und die Niederlande
    gewarnt"), where the parse hung the last item on the verb apart from the others: the actors or places
    right before its "und"/"sowie", and before each comma on; none where no "und"/"sowie" precedes it."""
    doc, items = last.doc, []
    position = _start_of_noun_phrase(last)
    if position <= last.sent.start or doc[position - 1].lower_ not in LIST_CONJUNCTIONS:
        return []
    while position > last.sent.start and doc[position - 1].lower_ in LIST_SEPARATORS:
        item = _item_before(doc[position - 1], actors)
        if item is None:
            break
        items.append(item)
        position = _start_of_noun_phrase(item)
    return items


def _item_before(separator: Token, actors: ActorIndex) -> Span | None:
    """The actor or place whose name ends right before a separator."""
    if separator.i == separator.sent.start:
        return None
    named = actor_or_place(separator.doc[separator.i - 1], actors)
    return named if named is not None and named.end == separator.i else None


def _start_of_noun_phrase(item: Span) -> int:
    """Where the item's noun phrase begins: before the article and adjectives of its name ("die
    Niederlande")."""
    start = item.start
    while start > item.sent.start and item.doc[start - 1].pos_ in ("DET", "ADJ"):
        start -= 1
    return start


def _item_after(separator: Token, actors: ActorIndex) -> Span | None:
    """The actor or place right after a separator, after at most a few words of its noun phrase; not
    the subject of a clause of its own ("kritisierte China und Russland drohte")."""
    sentence_end = separator.sent.end
    for token in separator.doc[separator.i + 1 : min(separator.i + 1 + ITEM_WINDOW, sentence_end)]:
        if token.pos_ not in NOUN_PHRASE_WORDS or token.dep_ == "case":
            return None
        named = actor_or_place(token, actors)
        if named is not None:
            subject_of_its_own = token.dep_ in SUBJECT_DEPS and token.head.pos_ in VERBAL_POS
            return None if subject_of_its_own or named.root.i < separator.i else named
    return None


def _opens_a_clause(item: Span, trigger: Token) -> bool:
    """A finite verb right after the item that is not the trigger's own: the item is the subject of a
    clause of its own ("Die EU kritisierte China und Russland drohte mit …"); "in Berlin, Paris und
    London wurden zurückgerufen" keeps the trigger's auxiliary."""
    end = _end_of_name(item.root)
    if end >= item.sent.end:
        return False
    verb = item.doc[end]
    finite = verb.pos_ in VERBAL_POS and "Fin" in verb.morph.get("VerbForm")
    return finite and trigger not in (verb, verb.head)


def _end_of_name(token: Token) -> int:
    """Past the name a token opens ("Emmanuel Macron"), where the item span is a stand-in."""
    return max([token.i, *(c.i for c in token.children if c.dep_ in ("flat", "flat:name"))]) + 1


def _in_clause(target: Span, trigger: Span) -> bool:
    """The target is named in the trigger's own clause, not guessed nearby or from before ("verfolge
    die Lage mit Sorge und stimme sich mit Seoul und Washington ab": Seoul is no target of the
    concern)."""
    return target.root in clause_tokens(clause_verb(trigger.root))


def _same_act(a: EventInfo, b: EventInfo) -> bool:
    """Events of one act: its trigger and code, whoever the source."""
    return a.code == b.code and a.trigger.start == b.trigger.start


def _with_target(event: EventInfo, target: Span) -> EventInfo:
    evidence = event.evidence
    start, end = min(evidence.start, target.start), max(evidence.end, target.end)
    return replace(event, target=target, evidence=evidence.doc[start:end])
